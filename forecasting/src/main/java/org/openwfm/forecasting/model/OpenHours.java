package org.openwfm.forecasting.model;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which slots of each weekday a queue is open, learned from the recent weeks of its history: a slot
 * is open on a weekday when at least half of that weekday's recent days with data have a value
 * there (zeros count as open, absent intervals as closed). A weekday with no data in the recent
 * weeks is closed; a weekday that the history does not reach at all (under a week of data) gets the
 * slots open on the other weekdays.
 */
public final class OpenHours {
  /** How many recent weeks decide the opening hours. */
  public static final int RECENT_WEEKS = 8;

  private final boolean[][] open; // [weekday 0=Monday][slot]

  private OpenHours(boolean[][] open) {
    this.open = open;
  }

  /**
   * Learns opening hours from a day-by-slot grid.
   *
   * @param firstDay the day of row 0
   * @param values rows of slot values; NaN = absent
   */
  public static OpenHours learn(LocalDate firstDay, double[][] values) {
    int slots = values.length == 0 ? 0 : values[0].length;
    int[][] present = new int[7][slots];
    int[] days = new int[7];
    int[] seenDays = new int[7];
    for (int d = values.length - 1; d >= 0; d--) {
      int w = firstDay.plusDays(d).getDayOfWeek().getValue() - 1;
      if (seenDays[w] >= RECENT_WEEKS) {
        continue;
      }
      seenDays[w]++;
      boolean any = false;
      for (int s = 0; s < slots; s++) {
        if (!Double.isNaN(values[d][s])) {
          present[w][s]++;
          any = true;
        }
      }
      if (any) {
        days[w]++;
      }
    }
    boolean[][] open = new boolean[7][slots];
    boolean[] union = new boolean[slots];
    for (int w = 0; w < 7; w++) {
      for (int s = 0; s < slots; s++) {
        open[w][s] = days[w] > 0 && 2 * present[w][s] >= days[w];
        union[s] |= open[w][s];
      }
    }
    // A weekday the history never reached (under a week of data) is unknown, not closed: give it
    // the
    // slots open on the weekdays seen.
    for (int w = 0; w < 7; w++) {
      if (seenDays[w] == 0) {
        open[w] = union.clone();
      }
    }
    return new OpenHours(open);
  }

  /** Opening hours given explicitly, {@code open[weekday 0 = Monday][slot]}. */
  public static OpenHours of(boolean[][] open) {
    if (open.length != 7) {
      throw new IllegalArgumentException("opening hours need 7 weekdays, got " + open.length);
    }
    boolean[][] copy = new boolean[7][];
    for (int w = 0; w < 7; w++) {
      copy[w] = open[w].clone();
    }
    return new OpenHours(copy);
  }

  /** True when the slot is open on the day's weekday. */
  public boolean isOpen(DayOfWeek day, int slot) {
    return open[day.getValue() - 1][slot];
  }

  /** True when the slot is open on weekday {@code w} (0 = Monday). */
  public boolean isOpen(int w, int slot) {
    return open[w][slot];
  }

  /** True when the weekday has at least one open slot. */
  public boolean isOpenDay(int w) {
    for (boolean b : open[w]) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  /** Number of weekdays with an open slot. */
  public int openDaysPerWeek() {
    int n = 0;
    for (int w = 0; w < 7; w++) {
      if (isOpenDay(w)) {
        n++;
      }
    }
    return n;
  }

  /** True when the slot is open on any weekday. */
  public boolean isOpenOnSomeDay(int slot) {
    for (int w = 0; w < 7; w++) {
      if (open[w][slot]) {
        return true;
      }
    }
    return false;
  }
}
