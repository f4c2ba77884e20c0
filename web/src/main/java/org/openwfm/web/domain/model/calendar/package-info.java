/** Calendar events: holidays, promotions, outages and other days whose effect on volume is learned. */
package org.openwfm.web.domain.model.calendar;
