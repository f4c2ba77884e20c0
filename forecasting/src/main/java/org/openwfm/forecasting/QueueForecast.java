package org.openwfm.forecasting;

import java.util.List;
import java.util.Objects;
import org.openwfm.forecasting.backtest.BacktestReport;
import org.openwfm.forecasting.events.EventEffect;
import org.openwfm.forecasting.events.OutlierDay;

/**
 * The forecast of one queue with the evidence behind it.
 *
 * @param queue the queue name
 * @param intervalMinutes the interval length in minutes
 * @param method the method used (the winner of the back-test when {@code auto} was asked)
 * @param intervals one entry per open interval of each forecast day, in time order
 * @param backtest the rolling-origin back-test of the candidates
 * @param outliers days kept out of learning
 * @param eventEffects the learned effect of each event kind seen in the history
 * @param warnings remarks for the planner (e.g. an event kind never seen and without a factor)
 */
public record QueueForecast(
    String queue,
    int intervalMinutes,
    String method,
    List<IntervalForecast> intervals,
    BacktestReport backtest,
    List<OutlierDay> outliers,
    List<EventEffect> eventEffects,
    List<String> warnings) {

  /** Copies the lists. */
  public QueueForecast {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(backtest, "backtest");
    intervals = List.copyOf(intervals);
    outliers = List.copyOf(outliers);
    eventEffects = List.copyOf(eventEffects);
    warnings = List.copyOf(warnings);
  }
}
