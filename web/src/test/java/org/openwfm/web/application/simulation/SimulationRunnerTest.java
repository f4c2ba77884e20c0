package org.openwfm.web.application.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.openwfm.web.application.simulation.ScheduledShift.AgentSkill;
import org.openwfm.web.application.simulation.SimulationOutcome.Measures;

class SimulationRunnerTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

  /** Voice in Tallinn 09-17 local (07-15 UTC) with 40 calls of 4 minutes per quarter-hour: 10.7 erlangs. */
  private static SimulationModel model(int agents) {
    List<ScheduledShift> shifts = new ArrayList<>();
    for (int a = 0; a < agents; a++) {
      shifts.add(ScenarioAdapterTest.shift(a, "a" + a, "2026-12-07T06:30:00Z", "2026-12-07T15:30:00Z"));
    }
    Map<String, List<AgentSkill>> skills = new HashMap<>();
    for (int a = 0; a < agents; a++) {
      skills.put("a" + a, List.of(new AgentSkill("voice-et", 1)));
    }
    return ScenarioAdapter.build("runner", List.of(ScenarioAdapterTest.queue("voice-et", "VOICE", "Europe/Tallinn",
        120.0, null)), Map.of("voice-et", ScenarioAdapterTest.day(MONDAY, 9, 17, 40, 240)), shifts, skills, MONDAY, 1);
  }

  private static final class Counting implements SimulationRunner.Progress {
    int calls;
    int stopAfter = Integer.MAX_VALUE;

    @Override
    public void replicationDone(int done, int total) {
      calls = done;
    }

    @Override
    public boolean cancelled() {
      return calls >= stopAfter;
    }
  }

  @Test
  void estimatesEveryIntervalWithConfidenceIntervalsAndReportsEachReplication() {
    Counting progress = new Counting();
    SimulationOutcome outcome = SimulationRunner.run(model(14), 8, 7, progress);
    assertEquals(8, progress.calls);
    assertEquals(32, outcome.intervals().size());
    Measures nine = outcome.intervals().get(0);
    assertEquals(MONDAY.atTime(9, 0), nine.intervalStart());
    assertEquals(40, nine.offered(), 10);
    assertNotNull(nine.serviceLevelCi());
    assertTrue(nine.occupancy() > 0.3 && nine.occupancy() <= 1, "occupancy " + nine.occupancy());
    Measures queue = outcome.queues().get(0);
    assertEquals(1280, queue.offered(), 100);
    assertTrue(queue.serviceLevel() > 0 && queue.serviceLevel() <= 1);
    assertTrue(queue.abandonRate() >= 0 && queue.abandonRate() < 0.5);
    assertEquals(queue.serviceLevel(), outcome.total().serviceLevel(), 1e-12);
  }

  @Test
  void theSameSeedGivesTheSameResultAndMoreAgentsServeBetter() {
    SimulationOutcome once = SimulationRunner.run(model(12), 5, 11, new Counting());
    SimulationOutcome again = SimulationRunner.run(model(12), 5, 11, new Counting());
    assertEquals(once, again);
    SimulationOutcome more = SimulationRunner.run(model(16), 5, 11, new Counting());
    assertTrue(more.total().serviceLevel() > once.total().serviceLevel(),
        more.total().serviceLevel() + " with 16 agents vs " + once.total().serviceLevel() + " with 12");
    assertTrue(more.total().abandonRate() < once.total().abandonRate());
  }

  @Test
  void stopsWhenCancelled() {
    Counting progress = new Counting();
    progress.stopAfter = 2;
    assertThrows(CancellationException.class, () -> SimulationRunner.run(model(12), 10, 1, progress));
    assertEquals(2, progress.calls);
  }
}
