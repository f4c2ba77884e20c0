package org.openwfm.simulator.queueing.deferred;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class DeferredWorkPlannerTest {

  private static final double HALF_HOUR = 1800;

  /**
   * Open 08:00-18:00 on the given days, 30-minute intervals, offered contacts from the function.
   */
  private static List<DeferredInterval> days(int count, IntToDoubleFunction offered) {
    List<DeferredInterval> intervals = new ArrayList<>();
    LocalDate day = LocalDate.of(2026, 2, 16);
    int index = 0;
    for (int d = 0; d < count; d++) {
      for (int slot = 0; slot < 20; slot++) {
        LocalDateTime start =
            LocalDateTime.of(day.plusDays(d), LocalTime.of(8, 0)).plusMinutes(30L * slot);
        intervals.add(new DeferredInterval(start, offered.applyAsDouble(index++), 360));
      }
    }
    return intervals;
  }

  @Test
  void answersEachIntervalWithinItselfWhenTheDeadlineIsOneIntervalAndTheTargetIsAll() {
    List<DeferredInterval> intervals = days(1, i -> 10 + i);
    List<DeferredRequirement> plan =
        DeferredWorkPlanner.plan(
            intervals, HALF_HOUR, new DeferredWorkPolicy(1800, 1, DeadlineClock.OPEN_HOURS, 0, 0));
    for (int i = 0; i < plan.size(); i++) {
      assertEquals((10 + i) * 360 / HALF_HOUR, plan.get(i).requiredFractional(), 1e-9);
      assertEquals(0, plan.get(i).backlog(), 1e-9);
      assertEquals(1.0, plan.get(i).withinDeadline().getAsDouble(), 1e-9);
    }
  }

  @Test
  void usesTheLeastAgentTimeThatMeetsEveryDeadline() {
    List<DeferredInterval> intervals = days(3, i -> i % 20 < 4 ? 200 : 5);
    DeferredWorkPolicy policy = DeferredWorkPolicy.within(8, 0.95);
    List<DeferredRequirement> plan = DeferredWorkPlanner.plan(intervals, HALF_HOUR, policy);
    double agentTime = plan.stream().mapToDouble(DeferredRequirement::requiredFractional).sum();
    // Without a floor, the least agent time is the work due by the last deadline inside the
    // horizon:
    // everything before the last cohort with a deadline in the horizon plus 95% of that cohort.
    int lastCohort = intervals.size() - 16; // 8 hours = 16 open intervals
    double due = 0;
    for (int i = 0; i < lastCohort; i++) {
      due += intervals.get(i).offered() * 360;
    }
    due += 0.95 * intervals.get(lastCohort).offered() * 360;
    assertEquals(due / HALF_HOUR, agentTime, 1e-6);
    for (DeferredRequirement requirement : plan) {
      requirement
          .withinDeadline()
          .ifPresent(share -> assertTrue(share >= 0.95 - 1e-9, "share " + share));
    }
  }

  @Test
  void carriesTheBacklogOverNightIntoTheNextDay() {
    // Everything arrives at 17:30 on day one; 8 open hours reach 15:30 on day two.
    List<DeferredInterval> intervals = days(2, i -> i == 19 ? 100 : 0);
    List<DeferredRequirement> plan =
        DeferredWorkPlanner.plan(intervals, HALF_HOUR, DeferredWorkPolicy.within(8, 0.95));
    assertEquals(100, plan.get(19).backlog(), 1e-9);
    assertEquals(100, plan.get(20).backlog(), 1e-9);
    // The whole work lands in 15:00-15:30 of day two, the last interval before the deadline.
    assertEquals(95 * 360 / HALF_HOUR, plan.get(34).requiredFractional(), 1e-9);
    assertEquals(19, plan.get(34).requiredAgents());
    assertEquals(0.95, plan.get(19).withinDeadline().getAsDouble(), 0.05);
    assertTrue(plan.get(19).withinDeadline().getAsDouble() >= 0.95);
  }

  @Test
  void calendarDeadlinesInClosedHoursMustBeMetBeforeClosing() {
    List<DeferredInterval> intervals = days(2, i -> i == 19 ? 100 : 0);
    DeferredWorkPolicy policy =
        new DeferredWorkPolicy(8 * 3600, 0.95, DeadlineClock.CALENDAR, 0, 0);
    List<DeferredRequirement> plan = DeferredWorkPlanner.plan(intervals, HALF_HOUR, policy);
    // 17:30 + 8 h is 01:30 at night: the work is due in its own interval.
    assertEquals(95 * 360 / HALF_HOUR, plan.get(19).requiredFractional(), 1e-9);
  }

  @Test
  void minimumStaffingWorksTheBacklogDownEarlyAndSavesAgentsLater() {
    List<DeferredInterval> intervals = days(2, i -> i < 2 ? 300 : 0);
    List<DeferredRequirement> lazy =
        DeferredWorkPlanner.plan(intervals, HALF_HOUR, DeferredWorkPolicy.within(8, 0.95));
    List<DeferredRequirement> floored =
        DeferredWorkPlanner.plan(
            intervals,
            HALF_HOUR,
            new DeferredWorkPolicy(8 * 3600, 0.95, DeadlineClock.OPEN_HOURS, 2, 0));
    for (DeferredRequirement requirement : floored) {
      assertTrue(requirement.requiredAgents() >= 2);
    }
    // 14 intervals of 2 agents answer 140 contacts before the deadline interval of the first
    // cohort.
    assertTrue(floored.get(15).requiredAgents() < lazy.get(15).requiredAgents());
    assertEquals(0, floored.get(39).backlog(), 1e-9);
  }

  @Test
  void initialBacklogIsFirstInLine() {
    List<DeferredInterval> intervals = days(1, i -> 0);
    DeferredWorkPolicy policy =
        new DeferredWorkPolicy(2 * 3600, 1, DeadlineClock.OPEN_HOURS, 0, 50);
    List<DeferredRequirement> plan = DeferredWorkPlanner.plan(intervals, HALF_HOUR, policy);
    assertEquals(10, plan.get(3).requiredFractional(), 1e-9);
    assertEquals(50, plan.get(3).handled(), 1e-9);
    assertEquals(0, plan.get(3).backlog(), 1e-9);
  }

  @Test
  void rejectsOverlappingIntervalsNamingThem() {
    LocalDateTime start = LocalDateTime.of(2026, 2, 16, 8, 0);
    List<DeferredInterval> intervals =
        List.of(
            new DeferredInterval(start, 1, 300),
            new DeferredInterval(start.plusMinutes(15), 1, 300));
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DeferredWorkPlanner.plan(intervals, HALF_HOUR, DeferredWorkPolicy.within(8, 0.95)));
    assertTrue(
        error.getMessage().contains("interval 1 starts at 2026-02-16T08:15"), error.getMessage());
  }

  @Test
  void leavesCohortsDueBeyondTheHorizonUnconstrainedAndReportsTheirBacklog() {
    List<DeferredInterval> intervals = days(1, i -> i >= 16 ? 40 : 0);
    List<DeferredRequirement> plan =
        DeferredWorkPlanner.plan(intervals, HALF_HOUR, DeferredWorkPolicy.within(8, 0.95));
    DeferredRequirement last = plan.get(19);
    assertTrue(last.withinDeadline().isEmpty());
    assertEquals(0, last.requiredAgents());
    assertEquals(160, last.backlog(), 1e-9);
    assertTrue(plan.get(0).withinDeadline().isEmpty(), "nothing arrived in the first interval");
  }
}
