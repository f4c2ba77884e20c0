package org.openwfm.simulator.queueing.deferred;

/** How the time to a deadline is counted. */
public enum DeadlineClock {
  /**
   * Only open intervals count: 8 hours from 17:00 on a 08:00-18:00 day end at 15:00 the next open
   * day.
   */
  OPEN_HOURS,
  /**
   * Wall-clock time: 8 hours from 17:00 end at 01:00; when the deadline falls in closed hours the
   * work must be done by the last open interval before it.
   */
  CALENDAR
}
