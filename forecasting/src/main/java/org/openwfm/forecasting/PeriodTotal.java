package org.openwfm.forecasting;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Forecast offered contacts over a calendar period (an ISO week or a month), for capacity planning.
 *
 * @param from first day of the period (inclusive)
 * @param to last day of the period (inclusive)
 * @param offered expected offered contacts in the period
 * @param days how many forecast days of the period are included (a period cut by the horizon has
 *     fewer)
 */
public record PeriodTotal(LocalDate from, LocalDate to, double offered, int days) {

  /** Validates the period. */
  public PeriodTotal {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from) || !(offered >= 0) || days < 0) {
      throw new IllegalArgumentException("bad period total " + from + ".." + to + ": " + offered);
    }
  }
}
