package org.openwfm.forecasting.data;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Values of one queue laid out by calendar day and slot of the day: row {@code d} is the day {@code
 * firstDay + d}, column {@code s} the interval starting {@code s * intervalMinutes} after local
 * midnight. {@link Double#NaN} marks an interval absent from the data (closed or missing), which is
 * not a zero.
 *
 * <p>Every calendar day between the first and the last day has a row. Instances are immutable: the
 * accessors return copies.
 */
public final class DayGrid {
  private final LocalDate firstDay;
  private final int intervalMinutes;
  private final double[][] values;

  /**
   * @param firstDay the day of row 0
   * @param intervalMinutes the interval length in minutes; must divide 1440
   * @param values rows of {@code 1440 / intervalMinutes} values each; copied
   */
  public DayGrid(LocalDate firstDay, int intervalMinutes, double[][] values) {
    if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0) {
      throw new IllegalArgumentException(
          "interval minutes must divide a day, got " + intervalMinutes);
    }
    int slots = 1440 / intervalMinutes;
    this.values = new double[values.length][];
    for (int d = 0; d < values.length; d++) {
      if (values[d].length != slots) {
        throw new IllegalArgumentException(
            "row " + d + " has " + values[d].length + " slots, expected " + slots);
      }
      this.values[d] = values[d].clone();
    }
    this.firstDay = firstDay;
    this.intervalMinutes = intervalMinutes;
  }

  /** The day of row 0. */
  public LocalDate firstDay() {
    return firstDay;
  }

  /** The last day with a row; the day before {@link #firstDay()} when the grid is empty. */
  public LocalDate lastDay() {
    return firstDay.plusDays(values.length - 1L);
  }

  /** Interval length in minutes. */
  public int intervalMinutes() {
    return intervalMinutes;
  }

  /** Number of slots in a day: 1440 / interval minutes. */
  public int slotsPerDay() {
    return 1440 / intervalMinutes;
  }

  /** Number of calendar days (rows). */
  public int days() {
    return values.length;
  }

  /** The row index of a day (may be out of range). */
  public int indexOf(LocalDate day) {
    return (int) ChronoUnit.DAYS.between(firstDay, day);
  }

  /** One value; NaN when absent. */
  public double value(int day, int slot) {
    return values[day][slot];
  }

  /** A copy of all rows. */
  public double[][] toArray() {
    double[][] copy = new double[values.length][];
    for (int d = 0; d < values.length; d++) {
      copy[d] = values[d].clone();
    }
    return copy;
  }

  /** The first {@code days} rows (the history up to an origin). */
  public DayGrid head(int days) {
    return new DayGrid(firstDay, intervalMinutes, Arrays.copyOf(values, days));
  }

  /** True when the day has at least one value. */
  public boolean hasData(int day) {
    for (double v : values[day]) {
      if (!Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }
}
