package org.openwfm.web.application.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A forecast version with its queues, back-test and overrides.
 *
 * @param queues one entry per queue, in code order
 * @param backtest one row per queue and method scored
 * @param overrides every override that shaped this version (its own and those inherited from its parents)
 */
public record ForecastDetail(
    ForecastVersion header, List<QueueResult> queues, List<BacktestRow> backtest, List<OverrideRow> overrides) {

  /**
   * One queue of a version.
   *
   * @param method the method used (the back-test winner under auto)
   * @param intervalMinutes interval length
   * @param intervals number of forecast intervals
   * @param offered total offered contacts over the version's days
   */
  public record QueueResult(String queue, String method, int intervalMinutes, long intervals, double offered) {}

  /**
   * One method's back-test on one queue, over the whole back-test horizon.
   *
   * @param horizonDays the back-test horizon in days
   * @param wape weighted absolute percentage error of intervals (0.1 = 10%)
   * @param mase mean absolute error relative to the weekly seasonal naive forecast in sample
   * @param bias (forecast - actual) / actual; positive = over-forecast
   * @param coverage share of back-test actuals inside the band (known for the chosen method only)
   * @param chosen whether this method made the forecast
   */
  public record BacktestRow(String queue, String method, int horizonDays, Optional<Double> wape,
      Optional<Double> mase, Optional<Double> bias, Optional<Double> coverage, boolean chosen) {}

  /**
   * A planner's change.
   *
   * @param forecastId the version it was made in
   * @param intervalStart the interval changed; empty when the whole day was
   * @param factor the multiplier applied to offered contacts and the band
   */
  public record OverrideRow(long forecastId, String queue, LocalDate day, Optional<LocalDateTime> intervalStart,
      double factor, String reason, String createdBy, LocalDateTime createdAt) {}
}
