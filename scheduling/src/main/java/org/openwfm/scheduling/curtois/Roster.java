package org.openwfm.scheduling.curtois;

import java.util.Optional;

/**
 * A solution of a benchmark instance: for every employee and day, the shift type worked or none (a
 * day off). Mutable only through {@link #assign}; not safe for concurrent writers.
 */
public final class Roster {

  private final CurtoisInstance instance;
  private final ShiftType[][] shifts;

  /** Creates a roster of {@code instance} in which everyone is off every day. */
  public Roster(CurtoisInstance instance) {
    this.instance = instance;
    this.shifts = new ShiftType[instance.employees().size()][instance.horizonDays()];
  }

  public CurtoisInstance instance() {
    return instance;
  }

  /**
   * Sets what {@code employee} does on day index {@code day}.
   *
   * @param shiftType the shift type worked, or empty for a day off
   */
  public void assign(Employee employee, int day, Optional<ShiftType> shiftType) {
    if (day < 0 || day >= instance.horizonDays()) {
      throw new IllegalArgumentException(
          "Day index must be in 0.." + (instance.horizonDays() - 1) + ", was " + day);
    }
    shifts[employee.index()][day] = shiftType.orElse(null);
  }

  /** The shift type {@code employee} works on day index {@code day}, empty on a day off. */
  public Optional<ShiftType> shift(Employee employee, int day) {
    return Optional.ofNullable(shifts[employee.index()][day]);
  }

  /** Whether {@code employee} works {@code shiftType} on day index {@code day}. */
  public boolean works(Employee employee, int day, ShiftType shiftType) {
    return shifts[employee.index()][day] == shiftType;
  }

  /** Whether {@code employee} works any shift on day index {@code day}. */
  public boolean works(Employee employee, int day) {
    return shifts[employee.index()][day] != null;
  }
}
