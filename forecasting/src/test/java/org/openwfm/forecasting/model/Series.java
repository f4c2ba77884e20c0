package org.openwfm.forecasting.model;

import java.time.LocalDate;
import java.util.Arrays;

/** Builds deterministic test series: value(day, slot) given as a function, NaN for closed. */
final class Series {
  interface Value {
    double at(LocalDate day, int dayIndex, int slot);
  }

  static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

  static TrainingData of(int days, int slots, Value value) {
    double[][] rows = new double[days][slots];
    for (int d = 0; d < days; d++) {
      for (int s = 0; s < slots; s++) {
        rows[d][s] = value.at(MONDAY.plusDays(d), d, s);
      }
    }
    return new TrainingData(MONDAY, rows, OpenHours.learn(MONDAY, rows));
  }

  /** Weekday factor times a triangular intraday shape over slots 2..9 of 12; closed on Sundays. */
  static double weekdayShape(LocalDate day, int slot, double level) {
    int w = day.getDayOfWeek().getValue() - 1;
    if (w == 6 || slot < 2 || slot > 9) {
      return Double.NaN;
    }
    double[] weekday = {1.2, 1.1, 1.0, 1.0, 0.9, 0.5};
    double shape = 1 + Math.min(slot - 2, 9 - slot);
    return level * weekday[w] * shape;
  }

  static double[] row(double... v) {
    return Arrays.copyOf(v, v.length);
  }

  private Series() {}
}
