package org.openwfm.web.application.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.simulator.des.scenario.AgentGroupSpec;
import org.openwfm.simulator.des.scenario.AgentShift;
import org.openwfm.simulator.des.scenario.Channel;
import org.openwfm.simulator.des.scenario.QueueSpec;
import org.openwfm.web.application.requirement.ForecastPoint;
import org.openwfm.web.application.requirement.QueueTargets;
import org.openwfm.web.application.simulation.ScheduledShift.AgentSkill;
import org.openwfm.web.application.simulation.ScheduledShift.Break;

class ScenarioAdapterTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

  static QueueTargets queue(String code, String channel, String zone, Double patience, Integer concurrency) {
    return new QueueTargets(code, code, channel, zone, 0.8, 20, null, null, null, patience, concurrency, null, null,
        0, 0);
  }

  static List<ForecastPoint> day(LocalDate day, int fromHour, int toHour, double offered, double aht) {
    List<ForecastPoint> points = new ArrayList<>();
    for (LocalDateTime t = day.atTime(fromHour, 0); t.isBefore(day.atStartOfDay().plusHours(toHour));
        t = t.plusMinutes(15)) {
      points.add(new ForecastPoint(t, 15, offered, aht));
    }
    return points;
  }

  static ScheduledShift shift(long id, String agent, String start, String end, Break... breaks) {
    return new ScheduledShift(id, agent, Instant.parse(start), Instant.parse(end), List.of(breaks));
  }

  @Test
  void queueLocalIntervalsAndUtcShiftsMeetOnOneTimeline() {
    List<QueueTargets> queues = List.of(
        queue("voice-et", "VOICE", "Europe/Tallinn", 90.0, null),
        queue("chat-hu", "CHAT", "Europe/Budapest", null, 3));
    Map<String, List<ForecastPoint>> forecast = Map.of(
        "voice-et", day(MONDAY, 9, 17, 20, 240),
        "chat-hu", day(MONDAY, 9, 17, 10, 600));
    List<ScheduledShift> shifts = List.of(
        shift(1, "a1", "2026-12-07T07:00:00Z", "2026-12-07T15:00:00Z",
            new Break(Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2026-12-07T10:15:00Z"))),
        shift(2, "a2", "2026-12-07T07:00:00Z", "2026-12-07T15:00:00Z"),
        shift(3, "a3", "2026-12-07T08:00:00Z", "2026-12-07T16:00:00Z"),
        shift(4, "a4", "2026-12-07T08:00:00Z", "2026-12-07T16:00:00Z"),
        shift(5, "a1", "2026-12-09T07:00:00Z", "2026-12-09T15:00:00Z"));
    Map<String, List<AgentSkill>> skills = Map.of(
        "a1", List.of(new AgentSkill("voice-et", 3)),
        "a2", List.of(new AgentSkill("voice-et", 3), new AgentSkill("email-fi", 2)),
        "a3", List.of(new AgentSkill("voice-et", 2), new AgentSkill("chat-hu", 1)),
        "a4", List.of(new AgentSkill("email-fi", 4)));

    SimulationModel model = ScenarioAdapter.build("test", queues, forecast, shifts, skills, MONDAY, 1);

    // Tallinn's midnight (UTC+2) is the earliest start; Budapest's next midnight (UTC+1) the latest end: 25 hours,
    // padded to two days of 96 quarter-hours.
    assertEquals(Instant.parse("2026-12-06T22:00:00Z"), model.horizonStart());
    assertEquals(2, model.scenario().days());
    assertEquals(96, model.scenario().intervalsPerDay());
    SimulationModel.QueueMapping chat = model.queues().get(0);
    SimulationModel.QueueMapping voice = model.queues().get(1);
    assertEquals("chat-hu", chat.queue());
    // 09:00 in Tallinn is 07:00 UTC, 9 hours after the start; 09:00 in Budapest is 08:00 UTC, 10 hours after.
    assertEquals(36, voice.intervals().get(MONDAY.atTime(9, 0)));
    assertEquals(40, chat.intervals().get(MONDAY.atTime(9, 0)));
    assertEquals(32, voice.intervals().size());
    QueueSpec voiceSpec = model.scenario().queues().get(voice.index());
    assertEquals(20, voiceSpec.arrivalsIn(36));
    assertEquals(0, voiceSpec.arrivalsIn(35));
    assertEquals(240, voiceSpec.handleTimeMeans()[36]);
    assertTrue(voiceSpec.patience().isPresent());
    assertEquals(Channel.CHAT, model.scenario().queues().get(chat.index()).channel());
    assertTrue(model.scenario().queues().get(chat.index()).patience().isEmpty());

    // a1 and a2 share the skills for the simulated queues (e-mail is not simulated): one group; a3 another; a4 has
    // no simulated skill. a1's Wednesday shift lies outside the horizon.
    List<AgentGroupSpec> groups = model.scenario().agentGroups();
    assertEquals(2, groups.size());
    AgentGroupSpec mixed = groups.stream().filter(g -> g.skills().size() == 2).findFirst().orElseThrow();
    assertEquals(3, mixed.maxConcurrentChats());
    AgentGroupSpec voiceOnly = groups.stream().filter(g -> g.skills().size() == 1).findFirst().orElseThrow();
    assertEquals(2, voiceOnly.shifts().size());
    AgentShift first = voiceOnly.shifts().stream().filter(s -> s.agent().equals("a1")).findFirst().orElseThrow();
    assertEquals(9 * 3600, first.start());
    assertEquals(17 * 3600, first.end());
    assertEquals(List.of(new AgentShift.Pause(12 * 3600, 12 * 3600 + 900)), first.breaks());
    assertEquals(2, voice.groups().size());
    assertEquals(1, chat.groups().size());
  }

  @Test
  void aSpringForwardDayHasTwentyThreeHours() {
    LocalDate dst = LocalDate.of(2026, 3, 29);
    List<ForecastPoint> points = day(dst, 0, 24, 1, 200);
    SimulationModel model = ScenarioAdapter.build("dst", List.of(queue("voice-et", "VOICE", "Europe/Tallinn", null,
        null)), Map.of("voice-et", points), List.of(shift(1, "a1", "2026-03-29T05:00:00Z",
        "2026-03-29T13:00:00Z")), Map.of("a1", List.of(new AgentSkill("voice-et", 1))), dst, 1);
    SimulationModel.QueueMapping voice = model.queues().get(0);
    // 03:00-03:59 local does not exist: those rows move forward onto 04:00-04:59, which keeps its own index.
    assertEquals(11, voice.intervals().get(dst.atTime(2, 45)));
    assertEquals(12, voice.intervals().get(dst.atTime(3, 0)));
    assertEquals(12, voice.intervals().get(dst.atTime(4, 0)));
    assertEquals(2, model.scenario().queues().get(0).arrivalsIn(12));
    assertEquals(1, model.scenario().days());
  }

  @Test
  void noShiftsOnTheDaysIsRejectedNamingTheSchedule() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioAdapter.build("none",
        List.of(queue("voice-et", "VOICE", "Europe/Tallinn", null, null)),
        Map.of("voice-et", day(MONDAY, 9, 10, 5, 200)), List.of(), Map.of(), MONDAY, 1));
    assertTrue(e.getMessage().startsWith("scheduleId:"), e.getMessage());
  }

  @Test
  void aBreakOutsideItsShiftIsRejectedNamingTheShift() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> shift(42, "a1", "2026-12-07T07:00:00Z", "2026-12-07T15:00:00Z",
            new Break(Instant.parse("2026-12-07T16:00:00Z"), Instant.parse("2026-12-07T16:15:00Z"))));
    assertTrue(e.getMessage().contains("shift 42"), e.getMessage());
  }
}
