package org.openwfm.scheduling.domain;

import java.util.List;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * A planning value: a shift starting {@code startMinute} after local midnight (a multiple of 15)
 * and lasting {@code lengthMinutes}, inside one local day. It carries its break layouts for the
 * three stagger values so that scoring never recomputes them. Equal when start and length are.
 */
public final class ShiftPattern {

  @PlanningId private final String id;
  private final int startMinute;
  private final int lengthMinutes;
  private final ShiftLayout[] layouts;

  public ShiftPattern(int startMinute, int lengthMinutes, BreakRules rules) {
    if (startMinute < 0 || startMinute % 15 != 0 || lengthMinutes <= 0 || lengthMinutes % 15 != 0) {
      throw new IllegalArgumentException(
          "shift must start and last on the 15-minute grid: start "
              + startMinute
              + ", length "
              + lengthMinutes);
    }
    if (startMinute + lengthMinutes > 1440) {
      throw new IllegalArgumentException(
          "shift starting at minute " + startMinute + " for " + lengthMinutes + " crosses midnight");
    }
    this.id = startMinute + "+" + lengthMinutes;
    this.startMinute = startMinute;
    this.lengthMinutes = lengthMinutes;
    this.layouts =
        new ShiftLayout[] {
          ShiftLayout.of(lengthMinutes, -1, rules),
          ShiftLayout.of(lengthMinutes, 0, rules),
          ShiftLayout.of(lengthMinutes, 1, rules)
        };
  }

  public String id() {
    return id;
  }

  public int startMinute() {
    return startMinute;
  }

  public int lengthMinutes() {
    return lengthMinutes;
  }

  public int endMinute() {
    return startMinute + lengthMinutes;
  }

  /** The layout for a stagger of -1, 0 or +1. */
  public ShiftLayout layout(int stagger) {
    return layouts[stagger + 1];
  }

  public List<Activity> activities(int stagger) {
    return layout(stagger).activities();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShiftPattern p
        && p.startMinute == startMinute
        && p.lengthMinutes == lengthMinutes;
  }

  @Override
  public int hashCode() {
    return startMinute * 2000 + lengthMinutes;
  }

  @Override
  public String toString() {
    return String.format("%02d:%02d+%dmin", startMinute / 60, startMinute % 60, lengthMinutes);
  }
}
