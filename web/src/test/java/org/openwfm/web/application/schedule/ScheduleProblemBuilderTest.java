package org.openwfm.web.application.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.BreakRules;
import org.openwfm.scheduling.domain.Location;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.domain.ShiftPattern;
import org.openwfm.scheduling.domain.WorkMode;

class ScheduleProblemBuilderTest {

  static final ZoneId TALLINN = ZoneId.of("Europe/Tallinn");
  static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");
  static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  static final ProblemRows.ContractRow FULL_TIME = new ProblemRows.ContractRow("full-time", 40, 40, 6, 11);

  static ProblemRows.AgentRow agent(String code, String mode, ZoneId home, Map<String, Integer> skills) {
    return new ProblemRows.AgentRow(code, mode, home, "tallinn", FULL_TIME, skills, 0);
  }

  static ProblemRows rows(
      List<ProblemRows.AgentRow> agents,
      List<ProblemRows.RequirementRow> requirement,
      List<ProblemRows.AbsenceRow> absences,
      List<ProblemRows.PlannedRow> earlier) {
    return new ProblemRows(
        "test",
        MONDAY,
        1,
        List.of(
            new ProblemRows.QueueRow("voice-et", TALLINN),
            new ProblemRows.QueueRow("chat-et", TALLINN),
            new ProblemRows.QueueRow("voice-hu", BUDAPEST)),
        List.of(new ProblemRows.SiteRow("tallinn", TALLINN, 20)),
        agents,
        requirement,
        absences,
        earlier);
  }

  static AgentDay day(Schedule schedule, String agent, LocalDate date) {
    return schedule.getAgentDays().stream()
        .filter(d -> d.getAgent().id().equals(agent) && d.getDate().equals(date))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anchorsTheGridInTheZoneMostQueuesUseAndPlacesOtherZonesQueuesByInstant() {
    ProblemRows rows =
        rows(
            List.of(agent("a1", "HYBRID", TALLINN, Map.of("voice-hu", 3))),
            List.of(
                new ProblemRows.RequirementRow("voice-et", MONDAY.atTime(9, 0), 15, 2.5),
                new ProblemRows.RequirementRow("voice-hu", MONDAY.atTime(9, 0), 30, 1.25)),
            List.of(),
            List.of());
    Schedule schedule = ScheduleProblemBuilder.build(rows);
    assertEquals(TALLINN, schedule.getHorizon().timeZone());
    int voiceEt = queueIndex(schedule, "voice-et");
    int voiceHu = queueIndex(schedule, "voice-hu");
    // 09:00 in Tallinn is slot 36 of the first day; 09:00 in Budapest is 10:00 in Tallinn: slots 40 and 41.
    assertEquals(250, schedule.getCoverage().requirement(voiceEt, 36));
    assertEquals(0, schedule.getCoverage().requirement(voiceEt, 37));
    assertEquals(0, schedule.getCoverage().requirement(voiceHu, 36));
    assertEquals(125, schedule.getCoverage().requirement(voiceHu, 40));
    assertEquals(125, schedule.getCoverage().requirement(voiceHu, 41));
    assertEquals(0, schedule.getCoverage().requirement(voiceHu, 42));
  }

  @Test
  void agentsInOtherHomeZonesWorkTheirOwnLocalDays() {
    Schedule schedule =
        ScheduleProblemBuilder.build(
            rows(
                List.of(
                    agent("a1", "HYBRID", TALLINN, Map.of("voice-et", 3)),
                    agent("a2", "REMOTE", LISBON, Map.of("voice-et", 3))),
                List.of(),
                List.of(),
                List.of()));
    assertEquals(0, day(schedule, "a1", MONDAY).getMidnightSlot());
    // Midnight in Lisbon (UTC+0 in March) is 02:00 in Tallinn (UTC+2): slot 8.
    assertEquals(8, day(schedule, "a2", MONDAY).getMidnightSlot());
    assertEquals(WorkMode.REMOTE, day(schedule, "a2", MONDAY).getAgent().workMode());
    assertEquals(List.of(Location.HOME), day(schedule, "a2", MONDAY).getLocationRange());
  }

  @Test
  void schedulesOnlyAgentsWithASkillOfTheRequirementAndKeepsOnlyThoseSkills() {
    Schedule schedule =
        ScheduleProblemBuilder.build(
            rows(
                List.of(
                    agent("a1", "OFFICE", TALLINN, Map.of("voice-et", 4, "email-fi", 5)),
                    agent("a2", "OFFICE", TALLINN, Map.of("email-fi", 5))),
                List.of(),
                List.of(),
                List.of()));
    assertEquals(1, schedule.getAgents().size());
    assertEquals("a1", schedule.getAgents().get(0).id());
    assertEquals(1, schedule.getAgents().get(0).skills().size());
    assertEquals("voice-et", schedule.getAgents().get(0).skills().get(0).queue().id());
    assertEquals(4, schedule.getAgents().get(0).skills().get(0).level());
  }

  @Test
  void rejectsARequirementNoAgentCanWork() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ScheduleProblemBuilder.build(
                    rows(List.of(agent("a2", "OFFICE", TALLINN, Map.of("email-fi", 5))), List.of(), List.of(), List.of())));
    assertTrue(e.getMessage().startsWith("requirementId:"), e.getMessage());
  }

  @Test
  void derivesShiftLengthsAndWeeklyMinutesFromTheContract() {
    BreakRules breaks = BreakRules.DEFAULT;
    assertEquals(List.of(510), ScheduleProblemBuilder.shiftLengths(40, 40, breaks));
    assertEquals(List.of(240, 300, 390), ScheduleProblemBuilder.shiftLengths(20, 30, breaks));
    assertEquals(List.of(120, 180, 240), ScheduleProblemBuilder.shiftLengths(10, 20, breaks));
    var contract = ScheduleProblemBuilder.contract(new ProblemRows.ContractRow("p", 20, 30, 5, 12), breaks);
    assertEquals(1200, contract.minMinutesPerWeek());
    assertEquals(1800, contract.maxMinutesPerWeek());
    assertEquals(5, contract.maxConsecutiveDays());
    assertEquals(720, contract.minRestMinutes());
  }

  @Test
  void absencesBecomeTimeOffOnTheirDaysOnly() {
    Schedule schedule =
        ScheduleProblemBuilder.build(
            rows(
                List.of(agent("a1", "HYBRID", TALLINN, Map.of("voice-et", 3))),
                List.of(),
                List.of(new ProblemRows.AbsenceRow("a1", MONDAY.minusDays(3), MONDAY.plusDays(1))),
                List.of()));
    assertTrue(day(schedule, "a1", MONDAY).getPatternRange().isEmpty());
    assertTrue(day(schedule, "a1", MONDAY.plusDays(1)).getPatternRange().isEmpty());
    assertFalse(day(schedule, "a1", MONDAY.plusDays(2)).getPatternRange().isEmpty());
    assertTrue(schedule.getAgents().get(0).hasTimeOff(MONDAY));
    assertFalse(schedule.getAgents().get(0).hasTimeOff(MONDAY.plusDays(2)));
  }

  @Test
  void publishedDaysArePinnedAndOtherEarlierDaysAreOnlyTheReference() {
    Instant start = ZonedDateTime.of(MONDAY, java.time.LocalTime.of(8, 0), LISBON).toInstant();
    Instant startTuesday = ZonedDateTime.of(MONDAY.plusDays(1), java.time.LocalTime.of(10, 0), LISBON).toInstant();
    List<ProblemRows.PlannedRow> earlier =
        List.of(
            new ProblemRows.PlannedRow("a2", MONDAY, Optional.of(start), Optional.of(start.plusSeconds(510 * 60)), "HOME", true),
            new ProblemRows.PlannedRow("a2", MONDAY.plusDays(2), Optional.empty(), Optional.empty(), "HOME", true),
            new ProblemRows.PlannedRow(
                "a2", MONDAY.plusDays(1), Optional.of(startTuesday), Optional.of(startTuesday.plusSeconds(510 * 60)), "HOME", false));
    Schedule schedule =
        ScheduleProblemBuilder.build(
            rows(List.of(agent("a2", "REMOTE", LISBON, Map.of("voice-et", 3))), List.of(), List.of(), earlier));
    AgentDay monday = day(schedule, "a2", MONDAY);
    assertTrue(monday.isPinned());
    assertEquals(new ShiftPattern(480, 510, BreakRules.DEFAULT), monday.getPattern());
    AgentDay wednesday = day(schedule, "a2", MONDAY.plusDays(2));
    assertTrue(wednesday.isPinned());
    assertFalse(wednesday.isWorking());
    AgentDay tuesday = day(schedule, "a2", MONDAY.plusDays(1));
    assertFalse(tuesday.isPinned());
    assertEquals(Optional.of(new ShiftPattern(600, 510, BreakRules.DEFAULT)), tuesday.previousPattern());
  }

  @Test
  void resultsGiveShiftsAsInstantsWithBreaksInsideAndCoverageOnTheRightSlots() {
    Schedule schedule =
        ScheduleProblemBuilder.build(
            rows(
                List.of(agent("a2", "REMOTE", LISBON, Map.of("voice-et", 3))),
                List.of(new ProblemRows.RequirementRow("voice-et", MONDAY.atTime(10, 0), 15, 1)),
                List.of(),
                List.of()));
    AgentDay monday = day(schedule, "a2", MONDAY);
    monday.setPattern(new ShiftPattern(8 * 60, 510, BreakRules.DEFAULT));
    List<ShiftPlan> shifts = ScheduleResults.shifts(schedule);
    assertEquals(1, shifts.size());
    ShiftPlan shift = shifts.get(0);
    assertEquals(Instant.parse("2026-03-02T08:00:00Z"), shift.start());
    assertEquals(Instant.parse("2026-03-02T16:30:00Z"), shift.end());
    assertEquals("HOME", shift.location());
    assertTrue(shift.breaks().stream().anyMatch(b -> b.kind().equals("LUNCH")));
    for (ShiftPlan.BreakPlan b : shift.breaks()) {
      assertFalse(b.start().isBefore(shift.start()));
      assertFalse(b.end().isAfter(shift.end()));
    }
    int[][] coverage = ScheduleResults.coverage(schedule);
    int q = queueIndex(schedule, "voice-et");
    // 08:00 in Lisbon is 10:00 in Tallinn: slot 40 is covered by the one agent, slot 39 is not.
    assertEquals(100, coverage[q][40]);
    assertEquals(0, coverage[q][39]);
  }

  static int queueIndex(Schedule schedule, String code) {
    return schedule.getQueues().stream().filter(q -> q.id().equals(code)).findFirst().orElseThrow().index();
  }

}
