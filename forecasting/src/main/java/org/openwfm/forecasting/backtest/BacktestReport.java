package org.openwfm.forecasting.backtest;

import java.util.List;

/**
 * Why a method was chosen: the rolling-origin back-test of every candidate on the queue's own
 * history.
 *
 * @param chosen the method used for the forecast
 * @param origins how many forecast origins were back-tested
 * @param horizonDays the back-test horizon in days
 * @param scores one row per method and horizon range (all days first, then days 1-7 and 8-14 when
 *     the horizon exceeds a week)
 * @param level the prediction-interval level, e.g. 0.8
 * @param coverage the share of back-test actuals inside the calibrated band of the chosen method
 */
public record BacktestReport(
    String chosen,
    int origins,
    int horizonDays,
    List<MethodScore> scores,
    double level,
    double coverage) {

  /** Copies the scores. */
  public BacktestReport {
    scores = List.copyOf(scores);
  }
}
