package org.openwfm.scheduling.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.scheduling.TestProblems;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.domain.ScheduleHorizon;

class ProblemReaderTest {

  private static ProblemDocument valid() {
    return TestProblems.oneQueueWeek(
        List.of(TestProblems.agent("a1", "HYBRID", "Europe/Tallinn", Map.of("voice", 3))), 2);
  }

  @Test
  void readsTheDemoProblemWithOneAgentDayPerAgentAndDate() throws IOException {
    Path demo = Path.of(System.getProperty("user.dir")).resolve("../docs/problems/demo-contact-centre.json");
    try (Reader reader = Files.newBufferedReader(demo, StandardCharsets.UTF_8)) {
      Schedule schedule = ProblemReader.read(reader, demo.toString());
      assertEquals(120, schedule.getAgents().size());
      assertEquals(10, schedule.getQueues().size());
      assertEquals(120 * 28, schedule.getAgentDays().size());
    }
  }

  @Test
  void placesRequirementOnTheCentresLocalGrid() {
    Schedule schedule = ProblemReader.toSchedule(valid(), "test");
    // 09:00 Tallinn is slot 36 of day 0; 08:45 is not required
    assertEquals(200, schedule.getCoverage().requirement(0, 36));
    assertEquals(0, schedule.getCoverage().requirement(0, 35));
    assertEquals(7 * ScheduleHorizon.SLOTS_PER_DAY, schedule.getCoverage().slotCount());
  }

  @Test
  void rejectsUnknownContractAndNamesTheField() {
    ProblemDocument doc = valid();
    ProblemDocument.AgentDoc a = doc.agents().get(0);
    ProblemDocument.AgentDoc bad =
        new ProblemDocument.AgentDoc(
            a.id(), "zero-hours", a.workMode(), a.site(), a.timeZone(), a.skills(),
            a.officeDaysPerWeek(), a.availability(), a.timeOff(), a.preferredDaysOff(),
            a.preferredStart(), a.allowedLocalHours(), a.previousConsecutiveDays());
    ProblemDocument broken =
        new ProblemDocument(
            doc.name(), doc.start(), doc.weeks(), doc.timeZone(), doc.rules(), doc.weights(),
            doc.queues(), doc.sites(), doc.contracts(), List.of(bad), doc.requirements(),
            doc.previous());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProblemReader.toSchedule(broken, "p.json"));
    assertEquals("p.json: agents[0].contract: unknown contract \"zero-hours\"", e.getMessage());
  }

  @Test
  void rejectsMalformedJsonAndNamesLineAndColumn() {
    String json = "{\n  \"start\": \"2026-03-02\",\n  \"weeks\": four\n}";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ProblemReader.read(new StringReader(json), "p.json"));
    assertTrue(e.getMessage().startsWith("p.json:3:"), e.getMessage());
  }

  @Test
  void rejectsRequirementWithoutNinetySixValues() {
    ProblemDocument doc = valid();
    ProblemDocument broken =
        new ProblemDocument(
            doc.name(), doc.start(), doc.weeks(), doc.timeZone(), doc.rules(), doc.weights(),
            doc.queues(), doc.sites(), doc.contracts(), doc.agents(),
            List.of(new ProblemDocument.RequirementDoc("voice", "2026-03-02", List.of(1.0))),
            doc.previous());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProblemReader.toSchedule(broken, "p.json"));
    assertEquals(
        "p.json: requirements[0].agents: expected 96 values (one per 15 minutes), got 1",
        e.getMessage());
  }

  @Test
  void rejectsUnknownWeightName() {
    ProblemDocument doc = valid();
    ProblemDocument broken =
        new ProblemDocument(
            doc.name(), doc.start(), doc.weeks(), doc.timeZone(), doc.rules(),
            Map.of("Happiness", "0hard/1soft"), doc.queues(), doc.sites(), doc.contracts(),
            doc.agents(), doc.requirements(), doc.previous());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProblemReader.toSchedule(broken, "p.json"));
    assertTrue(e.getMessage().startsWith("p.json: weights.Happiness: unknown constraint"), e.getMessage());
  }
}
