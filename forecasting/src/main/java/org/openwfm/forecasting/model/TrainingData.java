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
   * The day's total over its weekday's open slots, or NaN when the weekday is closed or an open
   * slot is absent (a partial total would bias the level).
   */
  public double dayTotal(int d) {
    int w = weekday(d);
    double sum = 0;
    boolean any = false;
    for (int s = 0; s < values[d].length; s++) {
      if (open.isOpen(w, s)) {
        double v = values[d][s];
        if (Double.isNaN(v)) {
          return Double.NaN;
        }
        sum += v;
        any = true;
      }
    }
    return any ? sum : Double.NaN;
  }

  /** A view of the first {@code days} rows with the same opening hours. */
  public TrainingData head(int days) {
    return new TrainingData(firstDay, java.util.Arrays.copyOf(values, days), open);
  }
}
