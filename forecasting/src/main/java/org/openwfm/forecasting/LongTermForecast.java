package org.openwfm.forecasting;

import java.util.List;
import java.util.Objects;

/**
 * Long-term totals of one queue: per ISO week (Monday to Sunday) and per calendar month.
 *
 * @param queue the queue name
 * @param weekly one total per week touching the horizon, in order
 * @param monthly one total per month touching the horizon, in order
 */
public record LongTermForecast(String queue, List<PeriodTotal> weekly, List<PeriodTotal> monthly) {

  /** Copies the lists. */
  public LongTermForecast {
    Objects.requireNonNull(queue, "queue");
    weekly = List.copyOf(weekly);
    monthly = List.copyOf(monthly);
  }
}
