package org.openwfm.web.application.requirement;

import java.time.LocalDateTime;

/**
 * One queue's forecast for one interval, as read from a forecast version.
 *
 * @param start interval start, local date-time in the queue's time zone
 * @param minutes interval length in minutes
 * @param offered contacts expected, {@code >= 0}
 * @param ahtSeconds average handle time, seconds ({@code 0} allowed only without contacts)
 */
public record ForecastPoint(LocalDateTime start, int minutes, double offered, double ahtSeconds) {

  public ForecastPoint {
    if (minutes <= 0) {
      throw new IllegalArgumentException("interval_minutes must be positive, got " + minutes + " at " + start);
    }
    if (!(offered >= 0) || Double.isInfinite(offered)) {
      throw new IllegalArgumentException("offered must be a number >= 0, got " + offered + " at " + start);
    }
    if (!(ahtSeconds >= 0) || Double.isInfinite(ahtSeconds) || (ahtSeconds == 0 && offered > 0)) {
      throw new IllegalArgumentException(
          "aht_seconds must be positive where contacts are offered, got " + ahtSeconds + " at " + start);
    }
  }
}
