package org.openwfm.scheduling.curtois;

import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * An employee of a benchmark instance with the limits of his or her contract.
 *
 * <p>Minutes are shift lengths summed over the whole planning horizon. Days are indexes from 0 (the
 * first day of the horizon, always a Monday). Compared by reference in the solver for speed: build
 * each employee once per instance.
 */
public final class Employee {

  private final String id;
  private final int index;
  private final Map<String, Integer> maxShiftsByType;
  private final int maxTotalMinutes;
  private final int minTotalMinutes;
  private final int maxConsecutiveShifts;
  private final int minConsecutiveShifts;
  private final int minConsecutiveDaysOff;
  private final int maxWeekends;
  private final Set<Integer> daysOff;

  /**
   * Creates an employee.
   *
   * @param id the employee's id in the instance file, non-blank
   * @param index position of the employee in the instance, from 0
   * @param maxShiftsByType most shifts of each type id over the horizon; a type not listed is not
   *     limited
   * @param maxTotalMinutes most minutes worked over the horizon
   * @param minTotalMinutes least minutes worked over the horizon
   * @param maxConsecutiveShifts most days worked in a row
   * @param minConsecutiveShifts least days worked in a row (a block touching the horizon's ends is
   *     exempt)
   * @param minConsecutiveDaysOff least days off in a row (a block touching the horizon's ends is
   *     exempt)
   * @param maxWeekends most weekends (Saturday or Sunday worked) over the horizon
   * @param daysOff day indexes on which the employee may not work
   */
  public Employee(
      String id,
      int index,
      Map<String, Integer> maxShiftsByType,
      int maxTotalMinutes,
      int minTotalMinutes,
      int maxConsecutiveShifts,
      int minConsecutiveShifts,
      int minConsecutiveDaysOff,
      int maxWeekends,
      Set<Integer> daysOff) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("Employee id must not be blank.");
    }
    requireNonNegative(id, "index", index);
    requireNonNegative(id, "MaxTotalMinutes", maxTotalMinutes);
    requireNonNegative(id, "MinTotalMinutes", minTotalMinutes);
    requireNonNegative(id, "MaxConsecutiveShifts", maxConsecutiveShifts);
    requireNonNegative(id, "MinConsecutiveShifts", minConsecutiveShifts);
    requireNonNegative(id, "MinConsecutiveDaysOff", minConsecutiveDaysOff);
    requireNonNegative(id, "MaxWeekends", maxWeekends);
    if (minTotalMinutes > maxTotalMinutes) {
      throw new IllegalArgumentException(
          "Employee "
              + id
              + ": MinTotalMinutes "
              + minTotalMinutes
              + " exceeds MaxTotalMinutes "
              + maxTotalMinutes);
    }
    maxShiftsByType.forEach((type, max) -> requireNonNegative(id, "MaxShifts of " + type, max));
    daysOff.forEach(day -> requireNonNegative(id, "day off", day));
    this.id = id;
    this.index = index;
    this.maxShiftsByType = Map.copyOf(maxShiftsByType);
    this.maxTotalMinutes = maxTotalMinutes;
    this.minTotalMinutes = minTotalMinutes;
    this.maxConsecutiveShifts = maxConsecutiveShifts;
    this.minConsecutiveShifts = minConsecutiveShifts;
    this.minConsecutiveDaysOff = minConsecutiveDaysOff;
    this.maxWeekends = maxWeekends;
    this.daysOff = Set.copyOf(daysOff);
  }

  private static void requireNonNegative(String id, String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(
          "Employee " + id + ": " + field + " must be >= 0, was " + value);
    }
  }

  @PlanningId
  public String id() {
    return id;
  }

  /** Position of this employee in the instance, from 0. */
  public int index() {
    return index;
  }

  /** Most shifts of the given type over the horizon; unlimited when the instance names no limit. */
  public int maxShifts(ShiftType shiftType) {
    return maxShiftsByType.getOrDefault(shiftType.id(), Integer.MAX_VALUE);
  }

  /** The per-type limits as given in the instance, by shift type id. */
  public Map<String, Integer> maxShiftsByType() {
    return maxShiftsByType;
  }

  public int maxTotalMinutes() {
    return maxTotalMinutes;
  }

  public int minTotalMinutes() {
    return minTotalMinutes;
  }

  public int maxConsecutiveShifts() {
    return maxConsecutiveShifts;
  }

  public int minConsecutiveShifts() {
    return minConsecutiveShifts;
  }

  public int minConsecutiveDaysOff() {
    return minConsecutiveDaysOff;
  }

  public int maxWeekends() {
    return maxWeekends;
  }

  /** Day indexes on which this employee may not work. */
  public Set<Integer> daysOff() {
    return daysOff;
  }

  public boolean isDayOff(int day) {
    return daysOff.contains(day);
  }

  @Override
  public String toString() {
    return id;
  }
}
