package org.openwfm.scheduling.swap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.scheduling.TestProblems;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.BreakRules;
import org.openwfm.scheduling.domain.Location;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.domain.ShiftPattern;
import org.openwfm.scheduling.io.ProblemReader;

class SwapCheckServiceTest {

  private static final LocalDate MONDAY = LocalDate.parse(TestProblems.START);

  /** a1 and a2 on voice, c1 on chat only; a1 works Monday and Tuesday 09:00. */
  private static Schedule schedule() {
    Schedule schedule =
        ProblemReader.toSchedule(
            TestProblems.oneQueueWeek(
                List.of(
                    TestProblems.agent("a1", "OFFICE", "Europe/Tallinn", Map.of("voice", 3)),
                    TestProblems.agent("a2", "OFFICE", "Europe/Tallinn", Map.of("voice", 3)),
                    TestProblems.agent("c1", "OFFICE", "Europe/Tallinn", Map.of("chat", 3))),
                1),
            "test");
    set(schedule, "a1", 0, "09:00");
    set(schedule, "a1", 1, "09:00");
    set(schedule, "a2", 1, "13:30");
    return schedule;
  }

  private static void set(Schedule schedule, String agent, int day, String start) {
    AgentDay agentDay = find(schedule, agent, day);
    int minute = Integer.parseInt(start.substring(0, 2)) * 60 + Integer.parseInt(start.substring(3));
    agentDay.setPattern(new ShiftPattern(minute, 510, BreakRules.DEFAULT));
    agentDay.setLocation(Location.OFFICE);
  }

  private static AgentDay find(Schedule schedule, String agent, int day) {
    return schedule.getAgentDays().stream()
        .filter(d -> d.getAgent().id().equals(agent) && d.getDayIndex() == day)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void giveAwayBetweenEquallySkilledAgentsBreaksNothingAndKeepsCoverage() {
    Schedule schedule = schedule();
    SwapCheckResult result =
        new SwapCheckService(schedule).check(new ShiftTrade.GiveAway("a1", MONDAY, "a2"));
    assertTrue(result.acceptable(), result.brokenHardRules().toString());
    // same hours; only the breaks, staggered per agent, move by a quarter hour
    assertTrue(Math.abs(result.shortfallChangeAgentIntervals()) <= 2);
    assertFalse(result.coverageChanges().size() > 8, result.coverageChanges().toString());
  }

  @Test
  void giveAwayToAgentWithoutTheSkillLosesCoverage() {
    Schedule schedule = schedule();
    SwapCheckResult result =
        new SwapCheckService(schedule).check(new ShiftTrade.GiveAway("a1", MONDAY, "c1"));
    assertTrue(result.shortfallChangeAgentIntervals() > 0, "voice loses its only agent");
    assertTrue(
        result.coverageChanges().stream()
            .anyMatch(c -> c.queue().equals("voice") && c.coveredAfter() < c.coveredBefore()));
  }

  @Test
  void giveAwayToAgentAlreadyWorkingThatDayBreaksOneShiftADay() {
    Schedule schedule = schedule();
    SwapCheckResult result =
        new SwapCheckService(schedule)
            .check(new ShiftTrade.GiveAway("a1", MONDAY.plusDays(1), "a2"));
    assertFalse(result.acceptable());
    assertTrue(result.brokenHardRules().get(0).startsWith(SwapCheckService.ONE_SHIFT_A_DAY));
  }

  @Test
  void swapThatShortensRestReportsMinimumRest() {
    Schedule schedule = schedule();
    set(schedule, "a1", 0, "13:30");
    set(schedule, "a2", 1, "08:00");
    SwapCheckResult result =
        new SwapCheckService(schedule).check(new ShiftTrade.GiveAway("a1", MONDAY, "a2"));
    // a2: Monday 13:30-22:00, Tuesday 08:00: 10 h rest < 11 h
    assertFalse(result.acceptable());
    assertTrue(
        result.brokenHardRules().stream().anyMatch(r -> r.startsWith("Minimum rest")),
        result.brokenHardRules().toString());
  }

  @Test
  void sameDaySwapIsAcceptableAndLeavesTheScheduleAsItWas() {
    Schedule schedule = schedule();
    set(schedule, "a2", 0, "13:30");
    SwapCheckResult result =
        new SwapCheckService(schedule)
            .check(new ShiftTrade.Swap("a1", MONDAY, "a2", MONDAY));
    assertTrue(result.acceptable(), result.brokenHardRules().toString());
    assertEquals(9 * 60, find(schedule, "a1", 0).getPattern().startMinute());
    assertEquals(13 * 60 + 30, find(schedule, "a2", 0).getPattern().startMinute());
  }
}
