package org.openwfm.forecasting.model;

import java.time.LocalDate;

/**
 * What a model learns from: one queue's offered contacts by calendar day and slot up to the
 * forecast origin (the last row is the last day before the forecast), with its opening hours. NaN
 * marks an absent interval: closed, missing, or removed because the day was an event or an outlier.
 * Models never modify the rows.
 */
public final class TrainingData {
  private final LocalDate firstDay;
  private final double[][] values;
  private final OpenHours open;
  private final int firstWeekday;

  /**
   * @param firstDay day of row 0
   * @param values rows of slot values (contacts per interval; NaN = absent); not copied
   * @param open opening hours used for daily totals and the forecast mask
   */
  public TrainingData(LocalDate firstDay, double[][] values, OpenHours open) {
    if (values.length == 0) {
      throw new IllegalArgumentException("training data needs at least one day");
    }
    this.firstDay = firstDay;
    this.values = values;
    this.open = open;
    this.firstWeekday = firstDay.getDayOfWeek().getValue() - 1;
  }

  /** Day of row 0. */
  public LocalDate firstDay() {
    return firstDay;
  }

  /** Number of rows (calendar days). */
  public int days() {
    return values.length;
  }

  /** Slots per day. */
  public int slots() {
    return values[0].length;
  }

  /** Opening hours. */
  public OpenHours open() {
    return open;
  }

  /** Weekday of row {@code d} (0 = Monday); {@code d} may lie beyond the last row. */
  public int weekday(int d) {
    return Math.floorMod(firstWeekday + d, 7);
  }

  /** One value; NaN when absent. */
  public double value(int d, int s) {
    return values[d][s];
  }

  /** The row of day {@code d}; do not modify. */
  public double[] row(int d) {
    return values[d];
  }

  /**
   * The day's total over its weekday's open slots, or NaN when the weekday is closed or the day has
   * no data. When a few open slots are absent (at most one in ten), each is filled with that slot's
   * mean on the recent same weekdays, so one lost interval does not throw the day away; with more
   * absent the total is NaN, since a partial total would bias the level.
   */
  public double dayTotal(int d) {
    int w = weekday(d);
    double sum = 0;
    int open = 0;
    int absent = 0;
    for (int s = 0; s < values[d].length; s++) {
      if (this.open.isOpen(w, s)) {
        open++;
        double v = values[d][s];
        if (Double.isNaN(v)) {
          absent++;
        } else {
          sum += v;
        }
      }
    }
    if (open == 0 || absent == open || absent > open / 10) {
      return Double.NaN;
    }
    for (int s = 0; absent > 0 && s < values[d].length; s++) {
      if (this.open.isOpen(w, s) && Double.isNaN(values[d][s])) {
        double fill = recentSlotMean(d, s);
        if (Double.isNaN(fill)) {
          return Double.NaN;
        }
        sum += fill;
      }
    }
    return sum;
  }

  /** True when every open slot of the day has a value. */
  public boolean isComplete(int d) {
    int w = weekday(d);
    boolean any = false;
    for (int s = 0; s < values[d].length; s++) {
      if (open.isOpen(w, s)) {
        if (Double.isNaN(values[d][s])) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** Mean of the slot on up to eight same weekdays around the day (before it first). */
  private double recentSlotMean(int d, int s) {
    double sum = 0;
    int n = 0;
    for (int k = 1; k <= 8 && n < 8; k++) {
      for (int r : new int[] {d - 7 * k, d + 7 * k}) {
        if (r >= 0 && r < values.length && !Double.isNaN(values[r][s])) {
          sum += values[r][s];
          n++;
        }
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** A view of the first {@code days} rows with the same opening hours. */
  public TrainingData head(int days) {
    return new TrainingData(firstDay, java.util.Arrays.copyOf(values, days), open);
  }
}
