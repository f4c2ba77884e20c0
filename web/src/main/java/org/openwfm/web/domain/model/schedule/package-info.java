/** Schedules of a planning period with their shifts (UTC times) and breaks; what agents see once published. */
package org.openwfm.web.domain.model.schedule;
