package org.openwfm.web.application.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.Schedule;

/** A real (short) solve of a small problem, the results read back, and a second solve keeping published days. */
class ScheduleRunTest {

  static ProblemRows problem(List<ProblemRows.PlannedRow> earlier) {
    List<ProblemRows.RequirementRow> requirement = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      for (int h = 8; h < 20; h++) {
        for (int m = 0; m < 60; m += 30) {
          requirement.add(new ProblemRows.RequirementRow(
              "voice-et", ScheduleProblemBuilderTest.MONDAY.plusDays(d).atTime(h, m), 30, d < 5 ? 2 : 1));
          requirement.add(new ProblemRows.RequirementRow(
              "chat-et", ScheduleProblemBuilderTest.MONDAY.plusDays(d).atTime(h, m), 30, 1));
        }
      }
    }
    List<ProblemRows.AgentRow> agents = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      agents.add(ScheduleProblemBuilderTest.agent(
          "a" + i, i % 3 == 0 ? "REMOTE" : "HYBRID",
          i % 3 == 0 ? ScheduleProblemBuilderTest.LISBON : ScheduleProblemBuilderTest.TALLINN,
          i % 2 == 0 ? Map.of("voice-et", 3, "chat-et", 2) : Map.of("voice-et", 4)));
    }
    return new ProblemRows("run", ScheduleProblemBuilderTest.MONDAY, 1,
        List.of(new ProblemRows.QueueRow("voice-et", ScheduleProblemBuilderTest.TALLINN),
            new ProblemRows.QueueRow("chat-et", ScheduleProblemBuilderTest.TALLINN)),
        List.of(new ProblemRows.SiteRow("tallinn", ScheduleProblemBuilderTest.TALLINN, 3)),
        agents, requirement, List.of(new ProblemRows.AbsenceRow("a1", ScheduleProblemBuilderTest.MONDAY.plusDays(2),
            ScheduleProblemBuilderTest.MONDAY.plusDays(2))), earlier);
  }

  @Test
  void solvesReportsBestScoresAndPublishedDaysSurviveASecondSolve() {
    Schedule problem = ScheduleProblemBuilder.build(problem(List.of()));
    ScheduleRun run = new ScheduleRun(problem, Duration.ofSeconds(3));
    List<String> scores = new ArrayList<>();
    Schedule best = run.solve(problem, (score, feasible, elapsed) -> scores.add(score));
    assertFalse(scores.isEmpty(), "the greedy schedule's score is reported at least");
    assertNotNull(best.getScore());
    assertTrue(best.getScore().isFeasible(), best.getScore().toString());
    assertEquals(best.getScore().toString(), scores.get(scores.size() - 1));

    List<ShiftPlan> shifts = ScheduleResults.shifts(best);
    assertFalse(shifts.isEmpty());
    assertTrue(shifts.stream().noneMatch(s -> s.agentCode().equals("a1")
        && s.day().equals(ScheduleProblemBuilderTest.MONDAY.plusDays(2))), "no shift on a day of absence");
    assertTrue(shifts.stream().filter(s -> s.agentCode().equals("a3")).allMatch(s -> s.location().equals("HOME")));

    // Publish the first three days and solve again: those days come back exactly as they were.
    LocalDate publishedUntil = ScheduleProblemBuilderTest.MONDAY.plusDays(2);
    List<ProblemRows.PlannedRow> earlier = new ArrayList<>();
    Map<String, ShiftPlan> byDay = new HashMap<>();
    shifts.forEach(s -> byDay.put(s.agentCode() + "/" + s.day(), s));
    for (AgentDay day : best.getAgentDays()) {
      ShiftPlan s = byDay.get(day.getAgent().id() + "/" + day.getDate());
      boolean published = !day.getDate().isAfter(publishedUntil);
      earlier.add(s == null
          ? new ProblemRows.PlannedRow(day.getAgent().id(), day.getDate(), Optional.empty(), Optional.empty(), null,
              published)
          : new ProblemRows.PlannedRow(s.agentCode(), s.day(), Optional.of(s.start()), Optional.of(s.end()),
              s.location(), published));
    }
    Schedule second = ScheduleProblemBuilder.build(problem(earlier));
    long pinned = second.getAgentDays().stream().filter(AgentDay::isPinned).count();
    assertEquals(6 * 3, pinned);
    Schedule again = new ScheduleRun(second, Duration.ofSeconds(2)).solve(second, (s, f, e) -> { });
    List<ShiftPlan> secondShifts = ScheduleResults.shifts(again);
    for (ShiftPlan s : shifts) {
      if (!s.day().isAfter(publishedUntil)) {
        assertTrue(secondShifts.contains(s), "published shift kept: " + s);
      }
    }
    assertEquals(
        shifts.stream().filter(s -> !s.day().isAfter(publishedUntil)).count(),
        secondShifts.stream().filter(s -> !s.day().isAfter(publishedUntil)).count());
  }

  @Test
  void aStopBeforeTheSearchKeepsTheGreedySchedule() {
    Schedule problem = ScheduleProblemBuilder.build(problem(List.of()));
    ScheduleRun run = new ScheduleRun(problem, Duration.ofSeconds(30));
    run.stop();
    List<String> scores = new ArrayList<>();
    Schedule best = run.solve(problem, (s, f, e) -> scores.add(s));
    assertTrue(best.getAgentDays().stream().anyMatch(AgentDay::isWorking));
    assertEquals(1, scores.size(), "only the greedy schedule was reported: the search never ran");
  }

  @Test
  void countsTheWorkingDaysInARowRightBeforeThePeriod() {
    LocalDate first = ScheduleProblemBuilderTest.MONDAY;
    assertEquals(0, ScheduleService.runBefore(first, java.util.Set.of()));
    assertEquals(0, ScheduleService.runBefore(first, java.util.Set.of(first.minusDays(2), first.minusDays(3))));
    assertEquals(3, ScheduleService.runBefore(first,
        java.util.Set.of(first.minusDays(1), first.minusDays(2), first.minusDays(3), first.minusDays(5))));
  }

  @Test
  void onlyNewlyBrokenHardRulesCount() {
    assertEquals(List.of("Minimum rest between shifts: x"),
        ScheduleService.newlyBroken(List.of("Office seats: y", "Office seats: y"),
            List.of("Office seats: y", "Minimum rest between shifts: x", "Office seats: y")));
    assertEquals(List.of("Office seats: y"),
        ScheduleService.newlyBroken(List.of("Office seats: y"), List.of("Office seats: y", "Office seats: y")));
  }
}
