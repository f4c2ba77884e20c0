package org.openwfm.scheduling.curtois;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RosterCheckTest {

  /** Two weeks, shifts E (480) and L (600, not followed by E), two employees. */
  private static final String INSTANCE =
      """
      SECTION_HORIZON
      14
      SECTION_SHIFTS
      E,480,
      L,600,E
      SECTION_STAFF
      A,E=14|L=2,4000,960,4,2,2,1
      B,E=14|L=14,6000,0,14,1,1,2
      SECTION_DAYS_OFF
      A,6
      SECTION_SHIFT_ON_REQUESTS
      A,0,E,2
      B,1,L,5
      SECTION_SHIFT_OFF_REQUESTS
      B,2,E,3
      SECTION_COVER
      0,E,1,100,1
      1,E,2,100,1
      2,E,0,100,4
      """;

  private static final CurtoisInstance SMALL =
      CurtoisReader.read("small.txt", new StringReader(INSTANCE));

  /** Roster from one string per employee: 'E', 'L' or '.' per day. */
  private static Roster roster(String... lines) {
    Roster roster = new Roster(SMALL);
    for (int e = 0; e < lines.length; e++) {
      for (int day = 0; day < lines[e].length(); day++) {
        char c = lines[e].charAt(day);
        Optional<ShiftType> shift =
            c == '.' ? Optional.empty() : Optional.of(SMALL.shiftTypes().get(c == 'E' ? 0 : 1));
        roster.assign(SMALL.employees().get(e), day, shift);
      }
    }
    return roster;
  }

  @Test
  void computesObjectiveFromRequestsAndCover() {
    RosterCheck check = RosterCheck.of(roster("EE............", ".EE..........."));
    // Requests: A's wish for E on day 0 granted; B's wish for L on day 1 not (5); B works E on day
    // 2 against a wish (3). Cover: day 0 E 1 of 1; day 1 E 2 of 2; day 2 E 1 over 0 at weight 4.
    assertEquals(8, check.requestCost());
    assertEquals(4, check.coverCost());
    assertEquals(12, check.objective());
  }

  @Test
  void feasibleRosterHasNoHardViolation() {
    RosterCheck check = RosterCheck.of(roster("EE............", ".EE..........."));
    assertEquals(List.of(), check.hardViolations());
    assertTrue(check.isFeasible());
  }

  @Test
  void reportsEveryBrokenHardRuleOfAnEmployee() {
    // A: works day 6 (a day off), L then E (forbidden), 3 L (max 2), 5 days in a row (max 4),
    // a single shift between days off (min 2), one day off between shifts (min 2), weekends 0 and 1
    // (max 1), 3 L and 7 E = 5160 minutes (max 4000).
    RosterCheck check = RosterCheck.of(roster("LELLE.EE.E.EE.", ".............."));
    List<String> rules = check.hardViolations().stream().map(HardViolation::rule).toList();
    assertTrue(rules.contains("Day off"), rules.toString());
    assertTrue(rules.contains("Forbidden shift succession"), rules.toString());
    assertTrue(rules.contains("Maximum shifts per type"), rules.toString());
    assertTrue(rules.contains("Maximum total minutes"), rules.toString());
    assertTrue(rules.contains("Maximum consecutive shifts"), rules.toString());
    assertTrue(rules.contains("Minimum consecutive shifts"), rules.toString());
    assertTrue(rules.contains("Minimum consecutive days off"), rules.toString());
    assertTrue(rules.contains("Maximum weekends"), rules.toString());
    assertTrue(check.hardViolations().stream().allMatch(v -> v.employeeId().equals("A")));
  }

  @Test
  void reportsMinimumMinutesOfAnEmployeeWhoDoesNotWork() {
    RosterCheck check = RosterCheck.of(roster("..............", ".............."));
    assertEquals(
        List.of(
            new HardViolation(
                "Minimum total minutes", "A", 960, "minutes", "0 worked, at least 960")),
        check.hardViolations());
  }

  @Test
  void exemptsRunsTouchingTheHorizonEndsFromMinimumLengths() {
    // A works alone on day 0 and on day 13: runs touching the horizon ends are exempt.
    RosterCheck check = RosterCheck.of(roster("E..EE........E", ".............."));
    assertEquals(List.of(), check.hardViolations());
  }
}
