package org.openwfm.forecasting.events;

import java.time.LocalDate;

/**
 * A day whose total volume departs so far from the same weekdays around it, with no event to
 * explain it, that it is kept out of learning (an outage, a data error).
 *
 * @param day the day
 * @param actual the day's total offered contacts
 * @param expected the median total of the same weekdays up to four weeks around it
 */
public record OutlierDay(LocalDate day, double actual, double expected) {

  /** Actual over expected. */
  public double ratio() {
    return expected > 0 ? actual / expected : Double.POSITIVE_INFINITY;
  }
}
