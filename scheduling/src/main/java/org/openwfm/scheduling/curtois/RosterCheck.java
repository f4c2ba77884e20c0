package org.openwfm.scheduling.curtois;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark objective and the broken hard rules of a roster, computed directly from the
 * definitions of Curtois &amp; Qu (2014), independently of the solver's constraint streams, so that
 * it can check them.
 *
 * <p>Objective: the weight of every shift-on request not granted, plus the weight of every
 * shift-off request ignored, plus for every cover requirement the under weight per employee missing
 * and the over weight per employee in excess. Minimum run lengths (worked days and days off) apply
 * only to runs with a day of the other kind on both sides inside the horizon, as in the benchmark's
 * model.
 *
 * @param objective the benchmark objective, lower is better
 * @param requestCost the part of the objective from shift on and off requests
 * @param coverCost the part of the objective from cover requirements
 * @param hardViolations every broken hard rule; empty for a feasible roster
 */
public record RosterCheck(
    int objective, int requestCost, int coverCost, List<HardViolation> hardViolations) {

  public RosterCheck {
    hardViolations = List.copyOf(hardViolations);
  }

  /** Whether no hard rule is broken. */
  public boolean isFeasible() {
    return hardViolations.isEmpty();
  }

  /** Checks {@code roster}. */
  public static RosterCheck of(Roster roster) {
    CurtoisInstance instance = roster.instance();
    List<HardViolation> violations = new ArrayList<>();
    for (Employee employee : instance.employees()) {
      checkEmployee(roster, employee, violations);
    }
    int requestCost = 0;
    for (ShiftOnRequest request : instance.shiftOnRequests()) {
      if (!roster.works(request.employee(), request.day(), request.shiftType())) {
        requestCost += request.weight();
      }
    }
    for (ShiftOffRequest request : instance.shiftOffRequests()) {
      if (roster.works(request.employee(), request.day(), request.shiftType())) {
        requestCost += request.weight();
      }
    }
    int coverCost = 0;
    for (CoverRequirement cover : instance.coverRequirements()) {
      int assigned = 0;
      for (Employee employee : instance.employees()) {
        if (roster.works(employee, cover.day(), cover.shiftType())) {
          assigned++;
        }
      }
      coverCost += cover.cost(assigned);
    }
    return new RosterCheck(requestCost + coverCost, requestCost, coverCost, violations);
  }

  private static void checkEmployee(Roster roster, Employee employee, List<HardViolation> out) {
    CurtoisInstance instance = roster.instance();
    int days = instance.horizonDays();
    String id = employee.id();
    int minutes = 0;
    int[] perType = new int[instance.shiftTypes().size()];
    boolean[] weekendWorked = new boolean[(days + 6) / 7];
    for (int day = 0; day < days; day++) {
      if (!roster.works(employee, day)) {
        continue;
      }
      ShiftType shift = roster.shift(employee, day).orElseThrow();
      minutes += shift.minutes();
      perType[shift.index()]++;
      if (CurtoisInstance.isWeekend(day)) {
        weekendWorked[CurtoisInstance.weekendIndex(day)] = true;
      }
      if (employee.isDayOff(day)) {
        out.add(new HardViolation("Day off", id, 1, "days", "works " + shift + " on day " + day));
      }
      if (day + 1 < days && roster.works(employee, day + 1)) {
        ShiftType next = roster.shift(employee, day + 1).orElseThrow();
        if (shift.forbidsSuccessor(next)) {
          out.add(
              new HardViolation(
                  "Forbidden shift succession",
                  id,
                  1,
                  "days",
                  shift + " on day " + day + " followed by " + next));
        }
      }
    }
    for (ShiftType shiftType : instance.shiftTypes()) {
      int max = employee.maxShifts(shiftType);
      if (perType[shiftType.index()] > max) {
        out.add(
            new HardViolation(
                "Maximum shifts per type",
                id,
                perType[shiftType.index()] - max,
                "shifts",
                perType[shiftType.index()] + " shifts " + shiftType + ", at most " + max));
      }
    }
    if (minutes > employee.maxTotalMinutes()) {
      out.add(
          new HardViolation(
              "Maximum total minutes",
              id,
              minutes - employee.maxTotalMinutes(),
              "minutes",
              minutes + " worked, at most " + employee.maxTotalMinutes()));
    }
    if (minutes < employee.minTotalMinutes()) {
      out.add(
          new HardViolation(
              "Minimum total minutes",
              id,
              employee.minTotalMinutes() - minutes,
              "minutes",
              minutes + " worked, at least " + employee.minTotalMinutes()));
    }
    int weekends = 0;
    for (boolean worked : weekendWorked) {
      weekends += worked ? 1 : 0;
    }
    if (weekends > employee.maxWeekends()) {
      out.add(
          new HardViolation(
              "Maximum weekends",
              id,
              weekends - employee.maxWeekends(),
              "weekends",
              weekends + " weekends worked, at most " + employee.maxWeekends()));
    }
    checkRuns(roster, employee, out);
  }

  private static void checkRuns(Roster roster, Employee employee, List<HardViolation> out) {
    int days = roster.instance().horizonDays();
    int start = 0;
    while (start < days) {
      boolean worked = roster.works(employee, start);
      int end = start;
      while (end < days && roster.works(employee, end) == worked) {
        end++;
      }
      int length = end - start;
      boolean inside = start > 0 && end < days;
      String span = "days " + start + ".." + (end - 1);
      if (worked && length > employee.maxConsecutiveShifts()) {
        out.add(
            new HardViolation(
                "Maximum consecutive shifts",
                employee.id(),
                length - employee.maxConsecutiveShifts(),
                "days",
                length
                    + " shifts in a row on "
                    + span
                    + ", at most "
                    + employee.maxConsecutiveShifts()));
      }
      if (worked && inside && length < employee.minConsecutiveShifts()) {
        out.add(
            new HardViolation(
                "Minimum consecutive shifts",
                employee.id(),
                employee.minConsecutiveShifts() - length,
                "days",
                length
                    + " shifts in a row on "
                    + span
                    + ", at least "
                    + employee.minConsecutiveShifts()));
      }
      if (!worked && inside && length < employee.minConsecutiveDaysOff()) {
        out.add(
            new HardViolation(
                "Minimum consecutive days off",
                employee.id(),
                employee.minConsecutiveDaysOff() - length,
                "days",
                length
                    + " days off in a row on "
                    + span
                    + ", at least "
                    + employee.minConsecutiveDaysOff()));
      }
      start = end;
    }
  }
}
