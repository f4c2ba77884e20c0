/** Calendar events (holidays, promotions, outages): Events CSV import all or nothing, and the list of events. */
package org.openwfm.web.application.calendar;
