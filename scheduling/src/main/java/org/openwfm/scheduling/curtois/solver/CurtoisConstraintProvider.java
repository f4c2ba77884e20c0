package org.openwfm.scheduling.curtois.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countBi;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;

import java.util.function.ToIntBiFunction;
import org.openwfm.scheduling.curtois.CoverRequirement;
import org.openwfm.scheduling.curtois.ShiftOffRequest;
import org.openwfm.scheduling.curtois.ShiftOnRequest;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * The rules of the Curtois &amp; Qu benchmark as constraint streams. Hard rules make a roster
 * infeasible; soft goals add up to the benchmark objective. Weights live in {@link
 * CurtoisConstraintConfiguration}.
 */
public class CurtoisConstraintProvider implements ConstraintProvider {

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      forbiddenSuccession(factory),
      maxShiftsPerType(factory),
      maxTotalMinutes(factory),
      minTotalMinutes(factory),
      maxConsecutiveShifts(factory),
      minConsecutiveShifts(factory),
      minConsecutiveDaysOff(factory),
      maxWeekends(factory),
      dayOff(factory),
      shiftOnRequest(factory),
      shiftOffRequest(factory),
      coverUnder(factory),
      coverOver(factory)
    };
  }

  Constraint forbiddenSuccession(ConstraintFactory factory) {
    return factory
        .forEach(EmployeeDay.class)
        .join(
            EmployeeDay.class,
            Joiners.equal(EmployeeDay::employee),
            Joiners.equal(today -> today.day() + 1, EmployeeDay::day))
        .filter((today, tomorrow) -> today.getShiftType().forbidsSuccessor(tomorrow.getShiftType()))
        .penalizeConfigurable()
        .asConstraint(CurtoisConstraintConfiguration.FORBIDDEN_SUCCESSION);
  }

  Constraint maxShiftsPerType(ConstraintFactory factory) {
    return factory
        .forEach(EmployeeDay.class)
        .groupBy(EmployeeDay::employee, EmployeeDay::getShiftType, count())
        .filter((employee, shiftType, shifts) -> shifts > employee.maxShifts(shiftType))
        .penalizeConfigurable(
            (employee, shiftType, shifts) -> shifts - employee.maxShifts(shiftType))
        .asConstraint(CurtoisConstraintConfiguration.MAX_SHIFTS_PER_TYPE);
  }

  Constraint maxTotalMinutes(ConstraintFactory factory) {
    return factory
        .forEach(EmployeeDay.class)
        .groupBy(EmployeeDay::employee, sum(EmployeeDay::minutes))
        .filter((employee, minutes) -> minutes > employee.maxTotalMinutes())
        .penalizeConfigurable((employee, minutes) -> minutes - employee.maxTotalMinutes())
        .asConstraint(CurtoisConstraintConfiguration.MAX_TOTAL_MINUTES);
  }

  Constraint minTotalMinutes(ConstraintFactory factory) {
    // Including days off so that an employee who works nothing still forms a group.
    return factory
        .forEachIncludingNullVars(EmployeeDay.class)
        .groupBy(EmployeeDay::employee, sum(EmployeeDay::minutes))
        .filter((employee, minutes) -> minutes < employee.minTotalMinutes())
        .penalizeConfigurable((employee, minutes) -> employee.minTotalMinutes() - minutes)
        .asConstraint(CurtoisConstraintConfiguration.MIN_TOTAL_MINUTES);
  }

  Constraint maxConsecutiveShifts(ConstraintFactory factory) {
    return factory
        .forEachIncludingNullVars(EmployeeDay.class)
        .groupBy(EmployeeDay::employee, WorkPattern.collect())
        .filter(
            (employee, pattern) ->
                pattern.daysOverMaxConsecutiveShifts(employee.maxConsecutiveShifts()) > 0)
        .penalizeConfigurable(
            (employee, pattern) ->
                pattern.daysOverMaxConsecutiveShifts(employee.maxConsecutiveShifts()))
        .asConstraint(CurtoisConstraintConfiguration.MAX_CONSECUTIVE_SHIFTS);
  }

  Constraint minConsecutiveShifts(ConstraintFactory factory) {
    return factory
        .forEachIncludingNullVars(EmployeeDay.class)
        .groupBy(EmployeeDay::employee, WorkPattern.collect())
        .filter(
            (employee, pattern) ->
                pattern.daysUnderMinConsecutiveShifts(employee.minConsecutiveShifts()) > 0)
        .penalizeConfigurable(
            (employee, pattern) ->
                pattern.daysUnderMinConsecutiveShifts(employee.minConsecutiveShifts()))
        .asConstraint(CurtoisConstraintConfiguration.MIN_CONSECUTIVE_SHIFTS);
  }

  Constraint minConsecutiveDaysOff(ConstraintFactory factory) {
    return factory
        .forEachIncludingNullVars(EmployeeDay.class)
        .groupBy(EmployeeDay::employee, WorkPattern.collect())
        .filter(
            (employee, pattern) ->
                pattern.daysUnderMinConsecutiveDaysOff(employee.minConsecutiveDaysOff()) > 0)
        .penalizeConfigurable(
            (employee, pattern) ->
                pattern.daysUnderMinConsecutiveDaysOff(employee.minConsecutiveDaysOff()))
        .asConstraint(CurtoisConstraintConfiguration.MIN_CONSECUTIVE_DAYS_OFF);
  }

  Constraint maxWeekends(ConstraintFactory factory) {
    return factory
        .forEach(EmployeeDay.class)
        .filter(EmployeeDay::isWeekend)
        .groupBy(EmployeeDay::employee, countDistinct(EmployeeDay::weekendIndex))
        .filter((employee, weekends) -> weekends > employee.maxWeekends())
        .penalizeConfigurable((employee, weekends) -> weekends - employee.maxWeekends())
        .asConstraint(CurtoisConstraintConfiguration.MAX_WEEKENDS);
  }

  Constraint dayOff(ConstraintFactory factory) {
    return factory
        .forEach(EmployeeDay.class)
        .filter(employeeDay -> employeeDay.employee().isDayOff(employeeDay.day()))
        .penalizeConfigurable()
        .asConstraint(CurtoisConstraintConfiguration.DAY_OFF);
  }

  Constraint shiftOnRequest(ConstraintFactory factory) {
    return factory
        .forEach(ShiftOnRequest.class)
        .ifNotExists(
            EmployeeDay.class,
            Joiners.equal(ShiftOnRequest::employee, EmployeeDay::employee),
            Joiners.equal(ShiftOnRequest::day, EmployeeDay::day),
            Joiners.equal(ShiftOnRequest::shiftType, EmployeeDay::getShiftType))
        .penalizeConfigurable(ShiftOnRequest::weight)
        .asConstraint(CurtoisConstraintConfiguration.SHIFT_ON_REQUEST);
  }

  Constraint shiftOffRequest(ConstraintFactory factory) {
    return factory
        .forEach(ShiftOffRequest.class)
        .join(
            EmployeeDay.class,
            Joiners.equal(ShiftOffRequest::employee, EmployeeDay::employee),
            Joiners.equal(ShiftOffRequest::day, EmployeeDay::day),
            Joiners.equal(ShiftOffRequest::shiftType, EmployeeDay::getShiftType))
        .penalizeConfigurable((request, employeeDay) -> request.weight())
        .asConstraint(CurtoisConstraintConfiguration.SHIFT_OFF_REQUEST);
  }

  Constraint coverUnder(ConstraintFactory factory) {
    // Joining every employee's day (worked or not) gives each requirement a group, also at zero
    // cover.
    return factory
        .forEach(CoverRequirement.class)
        .join(
            factory.forEachIncludingNullVars(EmployeeDay.class),
            Joiners.equal(CoverRequirement::day, EmployeeDay::day))
        .groupBy((cover, employeeDay) -> cover, sum(COUNTS_FOR))
        .filter((cover, assigned) -> assigned < cover.requirement())
        .penalizeConfigurable(
            (cover, assigned) -> (cover.requirement() - assigned) * cover.underWeight())
        .asConstraint(CurtoisConstraintConfiguration.COVER_UNDER);
  }

  Constraint coverOver(ConstraintFactory factory) {
    return factory
        .forEach(CoverRequirement.class)
        .join(
            EmployeeDay.class,
            Joiners.equal(CoverRequirement::day, EmployeeDay::day),
            Joiners.equal(CoverRequirement::shiftType, EmployeeDay::getShiftType))
        .groupBy((cover, employeeDay) -> cover, countBi())
        .filter((cover, assigned) -> assigned > cover.requirement())
        .penalizeConfigurable(
            (cover, assigned) -> (assigned - cover.requirement()) * cover.overWeight())
        .asConstraint(CurtoisConstraintConfiguration.COVER_OVER);
  }

  private static final ToIntBiFunction<CoverRequirement, EmployeeDay> COUNTS_FOR =
      (cover, employeeDay) -> employeeDay.getShiftType() == cover.shiftType() ? 1 : 0;
}
