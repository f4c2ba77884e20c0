package org.openwfm.forecasting.model;

import java.util.Arrays;

/**
 * Baseline: each interval is the mean (or median) of the same interval on the last {@code k} same
 * weekdays that have a value there. With {@code k} unbounded it is the average of all previous same
 * weekdays.
 */
public final class WeekdayAverageModel implements ForecastModel {
  private final int k;
  private final boolean median;

  /**
   * @param k how many recent same weekdays to average, at least 1; {@link Integer#MAX_VALUE} for
   *     all
   * @param median true for the median, false for the mean
   */
  public WeekdayAverageModel(int k, boolean median) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    this.k = k;
    this.median = median;
  }

  @Override
  public String name() {
    String suffix = k == Integer.MAX_VALUE ? "all" : Integer.toString(k);
    return (median ? "weekday-median-" : "weekday-mean-") + suffix;
  }

  @Override
  public double[][] forecast(TrainingData data, int horizonDays) {
    int n = data.days();
    int slots = data.slots();
    double[][] out = new double[horizonDays][slots];
    double[] buffer = new double[Math.min(k, n / 7 + 1)];
    for (int h = 0; h < horizonDays; h++) {
      int target = n + h;
      int latest = target - 7 * ((target - (n - 1) + 6) / 7); // last row with the target's weekday
      for (int s = 0; s < slots; s++) {
        int count = 0;
        for (int d = latest; d >= 0 && count < buffer.length; d -= 7) {
          double v = data.value(d, s);
          if (!Double.isNaN(v)) {
            buffer[count++] = v;
          }
        }
        out[h][s] = count == 0 ? 0 : median ? median(buffer, count) : mean(buffer, count);
      }
    }
    return out;
  }

  private static double mean(double[] v, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += v[i];
    }
    return sum / n;
  }

  static double median(double[] v, int n) {
    double[] c = Arrays.copyOf(v, n);
    Arrays.sort(c);
    return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
  }
}
