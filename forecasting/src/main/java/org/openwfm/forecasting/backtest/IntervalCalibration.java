package org.openwfm.forecasting.backtest;

import java.util.Arrays;

/**
 * Prediction intervals calibrated on back-test errors. The error variance is modelled as {@code a f
 * + b f^2} of the forecast {@code f} (Poisson-like noise plus a level error proportional to
 * volume), fitted to the squared back-test errors; the band's limits are the empirical quantiles of
 * the errors standardised by that variance, so the band covers about the requested share of
 * back-test actuals whatever their shape.
 */
public final class IntervalCalibration {
  private final double a;
  private final double b;
  private final double lowZ;
  private final double highZ;

  private IntervalCalibration(double a, double b, double lowZ, double highZ) {
    this.a = a;
    this.b = b;
    this.lowZ = lowZ;
    this.highZ = highZ;
  }

  /**
   * Fits the band.
   *
   * @param forecast back-test forecasts per interval
   * @param actual the matching actuals
   * @param count how many pairs are filled
   * @param level the central coverage wanted, in (0, 1)
   */
  public static IntervalCalibration fit(
      double[] forecast, double[] actual, int count, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must lie strictly between 0 and 1, got " + level);
    }
    if (count < 30) {
      // Too little back-test: Poisson noise with a normal quantile.
      double z =
          new org.apache.commons.math3.distribution.NormalDistribution()
              .inverseCumulativeProbability(0.5 + level / 2);
      return new IntervalCalibration(1, 0, -z, z);
    }
    // Least squares of e^2 on (f, f^2) without intercept.
    double sff = 0;
    double sf3 = 0;
    double sf4 = 0;
    double sfe = 0;
    double sf2e = 0;
    for (int i = 0; i < count; i++) {
      double f = Math.max(forecast[i], 0);
      double e2 = (actual[i] - forecast[i]) * (actual[i] - forecast[i]);
      sff += f * f;
      sf3 += f * f * f;
      sf4 += f * f * f * f;
      sfe += f * e2;
      sf2e += f * f * e2;
    }
    double det = sff * sf4 - sf3 * sf3;
    double a = det > 0 ? (sfe * sf4 - sf2e * sf3) / det : 1;
    double b = det > 0 ? (sff * sf2e - sf3 * sfe) / det : 0;
    if (a < 0 || b < 0) {
      // Keep the variance positive: refit with one term.
      if (b < 0) {
        a = sff > 0 ? sfe / sff : 1;
        b = 0;
      } else {
        b = sf4 > 0 ? sf2e / sf4 : 0;
        a = 0;
      }
    }
    IntervalCalibration unscaled = new IntervalCalibration(Math.max(a, 1e-9), b, 0, 0);
    double[] z = new double[count];
    for (int i = 0; i < count; i++) {
      z[i] = (actual[i] - forecast[i]) / unscaled.sd(forecast[i]);
    }
    Arrays.sort(z);
    double tail = (1 - level) / 2;
    return new IntervalCalibration(
        unscaled.a, unscaled.b, quantile(z, tail), quantile(z, 1 - tail));
  }

  private double sd(double f) {
    double v = Math.max(f, 0);
    return Math.sqrt(a * v + b * v * v + 1e-6) + 1e-3;
  }

  private static double quantile(double[] sorted, double p) {
    double pos = p * (sorted.length - 1);
    int i = (int) Math.floor(pos);
    int j = Math.min(i + 1, sorted.length - 1);
    return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
  }

  /** Lower limit of the band around a forecast, never negative. */
  public double low(double forecast) {
    return Math.max(0, Math.min(forecast, forecast + lowZ * sd(forecast)));
  }

  /** Upper limit of the band around a forecast, at least the forecast. */
  public double high(double forecast) {
    return Math.max(forecast, forecast + highZ * sd(forecast));
  }
}
