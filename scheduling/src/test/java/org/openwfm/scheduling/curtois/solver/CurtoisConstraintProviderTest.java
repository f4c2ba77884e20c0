package org.openwfm.scheduling.curtois.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openwfm.scheduling.curtois.CoverRequirement;
import org.openwfm.scheduling.curtois.Employee;
import org.openwfm.scheduling.curtois.ShiftOffRequest;
import org.openwfm.scheduling.curtois.ShiftOnRequest;
import org.openwfm.scheduling.curtois.ShiftType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class CurtoisConstraintProviderTest {

  private static final ShiftType EARLY = new ShiftType("E", 0, 480, Set.of());
  private static final ShiftType LATE = new ShiftType("L", 1, 600, Set.of("E"));

  private final ConstraintVerifier<CurtoisConstraintProvider, CurtoisRoster> verifier =
      ConstraintVerifier.build(
          new CurtoisConstraintProvider(), CurtoisRoster.class, EmployeeDay.class);

  /** An employee with loose limits unless a test tightens one. */
  private static Employee employee(
      Map<String, Integer> maxShifts,
      int maxMinutes,
      int minMinutes,
      int maxConsecutive,
      int minConsecutive,
      int minDaysOff,
      int maxWeekends,
      Set<Integer> daysOff) {
    return new Employee(
        "A",
        0,
        maxShifts,
        maxMinutes,
        minMinutes,
        maxConsecutive,
        minConsecutive,
        minDaysOff,
        maxWeekends,
        daysOff);
  }

  private static Employee loose() {
    return employee(Map.of(), 100_000, 0, 28, 0, 0, 4, Set.of());
  }

  /** One entity per day of {@code line}: 'E', 'L' or '.' for a day off. */
  private static EmployeeDay[] line(Employee employee, String line) {
    List<EmployeeDay> days = new ArrayList<>();
    for (int day = 0; day < line.length(); day++) {
      char c = line.charAt(day);
      ShiftType shift = c == 'E' ? EARLY : c == 'L' ? LATE : null;
      days.add(new EmployeeDay(employee.index() * 100 + day, employee, day, shift, false));
    }
    return days.toArray(new EmployeeDay[0]);
  }

  @Test
  void forbiddenSuccessionPenalisesLateFollowedByEarly() {
    verifier
        .verifyThat(CurtoisConstraintProvider::forbiddenSuccession)
        .given((Object[]) line(loose(), "LE.LE"))
        .penalizesBy(2);
  }

  @Test
  void forbiddenSuccessionAcceptsEarlyFollowedByLateAndRestBetween() {
    verifier
        .verifyThat(CurtoisConstraintProvider::forbiddenSuccession)
        .given((Object[]) line(loose(), "EL.EL.E"))
        .penalizesBy(0);
  }

  @Test
  void maxShiftsPerTypePenalisesEachShiftOverTheLimit() {
    Employee employee = employee(Map.of("L", 1), 100_000, 0, 28, 0, 0, 4, Set.of());
    verifier
        .verifyThat(CurtoisConstraintProvider::maxShiftsPerType)
        .given((Object[]) line(employee, "LLLEEEE"))
        .penalizesBy(2);
  }

  @Test
  void maxShiftsPerTypeAcceptsShiftsWithinTheLimit() {
    Employee employee = employee(Map.of("L", 1, "E", 4), 100_000, 0, 28, 0, 0, 4, Set.of());
    verifier
        .verifyThat(CurtoisConstraintProvider::maxShiftsPerType)
        .given((Object[]) line(employee, "L.EEEE"))
        .penalizesBy(0);
  }

  @Test
  void maxTotalMinutesPenalisesTheMinutesOver() {
    Employee employee = employee(Map.of(), 1000, 0, 28, 0, 0, 4, Set.of());
    verifier
        .verifyThat(CurtoisConstraintProvider::maxTotalMinutes)
        .given((Object[]) line(employee, "EL.."))
        .penalizesBy(80);
  }

  @Test
  void maxTotalMinutesAcceptsExactlyTheMaximum() {
    Employee employee = employee(Map.of(), 1080, 0, 28, 0, 0, 4, Set.of());
    verifier
        .verifyThat(CurtoisConstraintProvider::maxTotalMinutes)
        .given((Object[]) line(employee, "EL.."))
        .penalizesBy(0);
  }

  @Test
  void minTotalMinutesPenalisesTheMinutesShortAlsoWhenNothingIsWorked() {
    Employee employee = employee(Map.of(), 5000, 1000, 28, 0, 0, 4, Set.of());
    verifier
        .verifyThat(CurtoisConstraintProvider::minTotalMinutes)
        .given((Object[]) line(employee, "...."))
        .penalizesBy(1000);
  }

  @Test
  void minTotalMinutesAcceptsEnoughMinutes() {
    Employee employee = employee(Map.of(), 5000, 1000, 28, 0, 0, 4, Set.of());
    verifier
        .verifyThat(CurtoisConstraintProvider::minTotalMinutes)
        .given((Object[]) line(employee, "E.L."))
        .penalizesBy(0);
  }

  @Test
  void maxConsecutiveShiftsPenalisesEachDayBeyondTheLimit() {
    Employee employee = employee(Map.of(), 100_000, 0, 3, 0, 0, 4, Set.of());
    verifier
        .verifyThat(CurtoisConstraintProvider::maxConsecutiveShifts)
        .given((Object[]) line(employee, "EEEEE.EEEE"))
        .penalizesBy(3);
  }

  @Test
  void maxConsecutiveShiftsAcceptsRunsUpToTheLimit() {
    Employee employee = employee(Map.of(), 100_000, 0, 3, 0, 0, 4, Set.of());
    verifier
        .verifyThat(CurtoisConstraintProvider::maxConsecutiveShifts)
        .given((Object[]) line(employee, "EEE.EEE.E"))
        .penalizesBy(0);
  }

  @Test
  void minConsecutiveShiftsPenalisesShortRunsInsideTheHorizon() {
    Employee employee = employee(Map.of(), 100_000, 0, 28, 3, 0, 4, Set.of());
    verifier
        .verifyThat(CurtoisConstraintProvider::minConsecutiveShifts)
        .given((Object[]) line(employee, "..E..EE..."))
        .penalizesBy(3);
  }

  @Test
  void minConsecutiveShiftsExemptsRunsTouchingTheHorizonEnds() {
    Employee employee = employee(Map.of(), 100_000, 0, 28, 3, 0, 4, Set.of());
    verifier
        .verifyThat(CurtoisConstraintProvider::minConsecutiveShifts)
        .given((Object[]) line(employee, "E..EEE..E"))
        .penalizesBy(0);
  }

  @Test
  void minConsecutiveDaysOffPenalisesShortBreaksBetweenShifts() {
    Employee employee = employee(Map.of(), 100_000, 0, 28, 0, 3, 4, Set.of());
    verifier
        .verifyThat(CurtoisConstraintProvider::minConsecutiveDaysOff)
        .given((Object[]) line(employee, "E.EE..E"))
        .penalizesBy(3);
  }

  @Test
  void minConsecutiveDaysOffExemptsBreaksTouchingTheHorizonEnds() {
    Employee employee = employee(Map.of(), 100_000, 0, 28, 0, 3, 4, Set.of());
    verifier
        .verifyThat(CurtoisConstraintProvider::minConsecutiveDaysOff)
        .given((Object[]) line(employee, ".E...E."))
        .penalizesBy(0);
  }

  @Test
  void maxWeekendsPenalisesEachWeekendOverTheLimit() {
    Employee employee = employee(Map.of(), 100_000, 0, 28, 0, 0, 1, Set.of());
    // Saturday of week 1, Sunday of week 2 and both days of week 3 are worked: 3 weekends.
    verifier
        .verifyThat(CurtoisConstraintProvider::maxWeekends)
        .given((Object[]) line(employee, ".....E.......E.....EE"))
        .penalizesBy(2);
  }

  @Test
  void maxWeekendsAcceptsWeekdaysAndOneWeekend() {
    Employee employee = employee(Map.of(), 100_000, 0, 28, 0, 0, 1, Set.of());
    verifier
        .verifyThat(CurtoisConstraintProvider::maxWeekends)
        .given((Object[]) line(employee, "EEEEEEE.EEEE..."))
        .penalizesBy(0);
  }

  @Test
  void dayOffPenalisesWorkOnAGivenDayOff() {
    Employee employee = employee(Map.of(), 100_000, 0, 28, 0, 0, 4, Set.of(1, 3));
    verifier
        .verifyThat(CurtoisConstraintProvider::dayOff)
        .given((Object[]) line(employee, "EEEE"))
        .penalizesBy(2);
  }

  @Test
  void dayOffAcceptsRestOnTheGivenDaysOff() {
    Employee employee = employee(Map.of(), 100_000, 0, 28, 0, 0, 4, Set.of(1, 3));
    verifier
        .verifyThat(CurtoisConstraintProvider::dayOff)
        .given((Object[]) line(employee, "E.E."))
        .penalizesBy(0);
  }

  @Test
  void shiftOnRequestPenalisesItsWeightWhenAnotherShiftOrNothingIsWorked() {
    Employee employee = loose();
    EmployeeDay[] days = line(employee, "E.");
    verifier
        .verifyThat(CurtoisConstraintProvider::shiftOnRequest)
        .given(
            days[0],
            days[1],
            new ShiftOnRequest(employee, 0, LATE, 3),
            new ShiftOnRequest(employee, 1, EARLY, 2))
        .penalizesBy(5);
  }

  @Test
  void shiftOnRequestAcceptsTheRequestedShift() {
    Employee employee = loose();
    EmployeeDay[] days = line(employee, "L.");
    verifier
        .verifyThat(CurtoisConstraintProvider::shiftOnRequest)
        .given(days[0], days[1], new ShiftOnRequest(employee, 0, LATE, 3))
        .penalizesBy(0);
  }

  @Test
  void shiftOffRequestPenalisesItsWeightWhenTheShiftIsWorked() {
    Employee employee = loose();
    EmployeeDay[] days = line(employee, "LE");
    verifier
        .verifyThat(CurtoisConstraintProvider::shiftOffRequest)
        .given(days[0], days[1], new ShiftOffRequest(employee, 0, LATE, 4))
        .penalizesBy(4);
  }

  @Test
  void shiftOffRequestAcceptsAnotherShiftOrRest() {
    Employee employee = loose();
    EmployeeDay[] days = line(employee, "E.");
    verifier
        .verifyThat(CurtoisConstraintProvider::shiftOffRequest)
        .given(
            days[0],
            days[1],
            new ShiftOffRequest(employee, 0, LATE, 4),
            new ShiftOffRequest(employee, 1, EARLY, 1))
        .penalizesBy(0);
  }

  private static Employee employeeNumber(int index) {
    return new Employee("X" + index, index, Map.of(), 100_000, 0, 28, 0, 0, 4, Set.of());
  }

  /** Three employees on day 0 working E, E and L; one of each on day 1 off. */
  private static List<Object> threeEmployeesOnDayZero() {
    List<Object> facts = new ArrayList<>();
    String[] lines = {"E.", "E.", "L."};
    for (int i = 0; i < lines.length; i++) {
      facts.addAll(List.of(line(employeeNumber(i), lines[i])));
    }
    return facts;
  }

  @Test
  void coverUnderPenalisesEachMissingEmployeeTimesItsWeightAlsoAtZeroCover() {
    List<Object> facts = threeEmployeesOnDayZero();
    facts.add(new CoverRequirement(0, EARLY, 3, 100, 1));
    facts.add(new CoverRequirement(1, LATE, 2, 10, 1));
    verifier
        .verifyThat(CurtoisConstraintProvider::coverUnder)
        .given(facts.toArray())
        .penalizesBy(100 + 20);
  }

  @Test
  void coverUnderAcceptsMetRequirements() {
    List<Object> facts = threeEmployeesOnDayZero();
    facts.add(new CoverRequirement(0, EARLY, 2, 100, 1));
    facts.add(new CoverRequirement(0, LATE, 1, 100, 1));
    verifier
        .verifyThat(CurtoisConstraintProvider::coverUnder)
        .given(facts.toArray())
        .penalizesBy(0);
  }

  @Test
  void coverOverPenalisesEachExtraEmployeeTimesItsWeight() {
    List<Object> facts = threeEmployeesOnDayZero();
    facts.add(new CoverRequirement(0, EARLY, 0, 100, 7));
    verifier
        .verifyThat(CurtoisConstraintProvider::coverOver)
        .given(facts.toArray())
        .penalizesBy(14);
  }

  @Test
  void coverOverAcceptsCoverAtOrBelowTheRequirement() {
    List<Object> facts = threeEmployeesOnDayZero();
    facts.add(new CoverRequirement(0, EARLY, 2, 100, 7));
    facts.add(new CoverRequirement(0, LATE, 5, 100, 7));
    verifier.verifyThat(CurtoisConstraintProvider::coverOver).given(facts.toArray()).penalizesBy(0);
  }
}
