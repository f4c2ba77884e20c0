package org.openwfm.forecasting.backtest;

/**
 * Prediction bands calibrated separately for the first week of the horizon and for later days,
 * since errors grow with the horizon; each part needs at least 200 back-test intervals, otherwise
 * one band serves all days.
 */
public final class HorizonBands {
  private static final int MIN_PAIRS = 200;

  private final IntervalCalibration firstWeek;
  private final IntervalCalibration later;

  private HorizonBands(IntervalCalibration firstWeek, IntervalCalibration later) {
    this.firstWeek = firstWeek;
    this.later = later;
  }

  /** Calibrates on a candidate's back-test at a central coverage {@code level}. */
  public static HorizonBands fit(Backtester.Scored scored, double level) {
    int n = scored.count();
    double[][] f = new double[2][n];
    double[][] a = new double[2][n];
    int[] k = new int[2];
    for (int i = 0; i < n; i++) {
      int part = scored.horizonDay()[i] <= 7 ? 0 : 1;
      f[part][k[part]] = scored.forecast()[i];
      a[part][k[part]] = scored.actual()[i];
      k[part]++;
    }
    IntervalCalibration all = IntervalCalibration.fit(scored.forecast(), scored.actual(), n, level);
    if (k[0] < MIN_PAIRS || k[1] < MIN_PAIRS) {
      return new HorizonBands(all, all);
    }
    return new HorizonBands(
        IntervalCalibration.fit(f[0], a[0], k[0], level),
        IntervalCalibration.fit(f[1], a[1], k[1], level));
  }

  /** Lower limit for a forecast on horizon day {@code day} (1 = the day after the origin). */
  public double low(int day, double forecast) {
    return (day <= 7 ? firstWeek : later).low(forecast);
  }

  /** Upper limit for a forecast on horizon day {@code day}. */
  public double high(int day, double forecast) {
    return (day <= 7 ? firstWeek : later).high(forecast);
  }
}
