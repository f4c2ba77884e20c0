package org.openwfm.web.application.forecast;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A checked {@link ForecastOrder}: the queues with the history each learns from and the days to forecast.
 *
 * @param queues in code order
 * @param firstDay first forecast day
 * @param lastDay last forecast day, inclusive
 */
public record ForecastPlan(
    String name, List<PlannedQueue> queues, LocalDate firstDay, LocalDate lastDay, String method, double level) {

  /**
   * One queue of a plan.
   *
   * @param historyEnd the last history day used (the day before the forecast, or the queue's last history day)
   */
  public record PlannedQueue(long id, String code, ZoneId zone, LocalDate historyEnd) {

    /** The engine's horizon: days from the day after the history to the plan's last day. */
    public int horizonDays(LocalDate lastDay) {
      return (int) (lastDay.toEpochDay() - historyEnd.toEpochDay());
    }
  }

  public ForecastPlan {
    queues = List.copyOf(queues);
  }

  /** The latest history day over the queues. */
  public LocalDate historyEnd() {
    return queues.stream().map(PlannedQueue::historyEnd).max(LocalDate::compareTo).orElse(firstDay.minusDays(1));
  }
}
