package org.openwfm.forecasting.model;

/**
 * A forecasting model: from one queue's training data, offered contacts per interval for the
 * calendar days that follow the last training day. Implementations are stateless and thread-safe;
 * each call fits afresh.
 */
public interface ForecastModel {

  /** The name used by {@code --method} and in reports, e.g. {@code weekday-mean-5}. */
  String name();

  /**
   * Forecasts offered contacts.
   *
   * @param data the history up to the origin
   * @param horizonDays number of calendar days after the last training day, at least 1
   * @return {@code [horizonDays][slots]} contacts per interval, non-negative; values in closed
   *     slots are ignored by callers
   */
  double[][] forecast(TrainingData data, int horizonDays);

  /**
   * This model with its parameters estimated once on {@code data} and then held fixed, so a
   * back-test can re-run it at many origins cheaply. Models without costly parameter estimation
   * return themselves.
   */
  default ForecastModel tunedOn(TrainingData data) {
    return this;
  }
}
