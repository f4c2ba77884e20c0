/** Staffing requirements: a queue's targets beyond service level, and requirements computed from a forecast. */
package org.openwfm.web.domain.model.requirement;
