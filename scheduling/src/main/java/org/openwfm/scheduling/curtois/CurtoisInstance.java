package org.openwfm.scheduling.curtois;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One benchmark instance: a horizon of days starting on a Monday, shift types, employees with their
 * contracts, shift requests and cover requirements. Day indexes run from 0 to {@code horizonDays -
 * 1}; day {@code d} is a weekend day when {@code d % 7} is 5 (Saturday) or 6 (Sunday).
 *
 * @param name where the instance came from, used in messages
 * @param horizonDays number of days planned, at least 1
 * @param shiftTypes shift types in file order
 * @param employees employees in file order
 * @param shiftOnRequests wishes to work a shift
 * @param shiftOffRequests wishes not to work a shift
 * @param coverRequirements wanted headcount per day and shift type
 */
public record CurtoisInstance(
    String name,
    int horizonDays,
    List<ShiftType> shiftTypes,
    List<Employee> employees,
    List<ShiftOnRequest> shiftOnRequests,
    List<ShiftOffRequest> shiftOffRequests,
    List<CoverRequirement> coverRequirements) {

  public CurtoisInstance {
    if (horizonDays < 1) {
      throw new IllegalArgumentException(
          name + ": horizon must be at least 1 day, was " + horizonDays);
    }
    shiftTypes = List.copyOf(shiftTypes);
    employees = List.copyOf(employees);
    shiftOnRequests = List.copyOf(shiftOnRequests);
    shiftOffRequests = List.copyOf(shiftOffRequests);
    coverRequirements = List.copyOf(coverRequirements);
    if (shiftTypes.isEmpty() || employees.isEmpty()) {
      throw new IllegalArgumentException(name + ": needs at least one shift type and one employee");
    }
  }

  /**
   * Contradictions in an employee's contract that no roster can satisfy, one readable sentence
   * each; empty when none is found. Checks that the longest shifts the employee may work, on the
   * days not given off and within MaxShifts, can reach MinTotalMinutes. Finding none does not prove
   * that a feasible roster exists.
   */
  public List<String> contractContradictions() {
    List<String> contradictions = new ArrayList<>();
    List<ShiftType> longestFirst = new ArrayList<>(shiftTypes);
    longestFirst.sort(Comparator.comparingInt(ShiftType::minutes).reversed());
    for (Employee employee : employees) {
      int daysFree =
          horizonDays - (int) employee.daysOff().stream().filter(d -> d < horizonDays).count();
      int reachable = 0;
      int shifts = 0;
      for (ShiftType shiftType : longestFirst) {
        int take = Math.min(employee.maxShifts(shiftType), daysFree - shifts);
        reachable += take * shiftType.minutes();
        shifts += take;
      }
      if (reachable < employee.minTotalMinutes()) {
        contradictions.add(
            "employee "
                + employee.id()
                + " can work at most "
                + reachable
                + " minutes (MaxShifts "
                + employee.maxShiftsByType()
                + ", "
                + daysFree
                + " days without a day off) but MinTotalMinutes is "
                + employee.minTotalMinutes()
                + ": no roster meets every hard rule");
      }
    }
    return contradictions;
  }

  /** Whether day index {@code day} is a Saturday or Sunday. */
  public static boolean isWeekend(int day) {
    return day % 7 >= 5;
  }

  /** Index of the weekend (0 for the first) that day index {@code day} belongs to. */
  public static int weekendIndex(int day) {
    return day / 7;
  }
}
