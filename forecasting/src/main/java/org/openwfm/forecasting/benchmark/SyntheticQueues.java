package org.openwfm.forecasting.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.openwfm.forecasting.data.DayGrid;
import org.openwfm.forecasting.data.QueueHistory;

/**
 * A seeded generator of call-centre-like queues for speed benchmarks and tests: a daily total with
 * weekday effects, a slow trend and a yearly cycle, spread by a two-peak intraday profile over
 * opening hours 07:00-21:00 on weekdays and 09:00-17:00 on Saturdays (closed Sundays), with Poisson
 * noise.
 */
public final class SyntheticQueues {
  private static final double[] WEEKDAY = {1.15, 1.05, 1.0, 0.98, 0.9, 0.45, 0};

  private SyntheticQueues() {}

  /**
   * One queue.
   *
   * @param name queue name
   * @param firstDay first day of history
   * @param days number of calendar days
   * @param intervalMinutes interval length
   * @param meanDaily mean contacts on a Wednesday
   * @param seed random seed
   */
  public static QueueHistory queue(
      String name, LocalDate firstDay, int days, int intervalMinutes, double meanDaily, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int slots = 1440 / intervalMinutes;
    double[][] values = new double[days][slots];
    for (int d = 0; d < days; d++) {
      Arrays.fill(values[d], Double.NaN);
      LocalDate date = firstDay.plusDays(d);
      int w = date.getDayOfWeek().getValue() - 1;
      if (WEEKDAY[w] == 0) {
        continue;
      }
      double total =
          meanDaily
              * WEEKDAY[w]
              * (1 + 0.1 * d / 365.0)
              * (1 + 0.1 * Math.sin(2 * Math.PI * date.getDayOfYear() / 365.25));
      int open = w == 5 ? 9 * 60 : 7 * 60;
      int close = w == 5 ? 17 * 60 : 21 * 60;
      double[] shape = new double[slots];
      double sum = 0;
      for (int s = 0; s < slots; s++) {
        int minute = s * intervalMinutes;
        if (minute >= open && minute < close) {
          double hour = minute / 60.0;
          shape[s] =
              0.2
                  + Math.exp(-Math.pow(hour - 10.5, 2) / 3)
                  + 0.8 * Math.exp(-Math.pow(hour - 15, 2) / 4);
          sum += shape[s];
        }
      }
      for (int s = 0; s < slots; s++) {
        int minute = s * intervalMinutes;
        if (minute >= open && minute < close) {
          values[d][s] = poisson(total * shape[s] / sum, random);
        }
      }
    }
    return QueueHistory.ofOffered(
        name, ZoneId.of("UTC"), new DayGrid(firstDay, intervalMinutes, values));
  }

  /** A Poisson draw (normal approximation above 50). */
  static double poisson(double mean, SplittableRandom random) {
    if (mean > 50) {
      double u1 = random.nextDouble();
      double u2 = random.nextDouble();
      double z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
      return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
    }
    double limit = Math.exp(-mean);
    double p = random.nextDouble();
    int k = 0;
    while (p > limit) {
      p *= random.nextDouble();
      k++;
    }
    return k;
  }
}
