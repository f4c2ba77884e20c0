package org.openwfm.simulator.des;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openwfm.simulator.des.scenario.Scenario;
import org.openwfm.simulator.des.scenario.ScenarioReader;
import org.openwfm.simulator.des.stats.Estimate;

class SimulatorTest {
  private static final String TWO_QUEUES =
      """
      {"intervalsPerDay": 4, "intervalMinutes": 60,
       "queues": [
         {"id": "voice", "arrivals": [100, 200, 150, 50],
          "handleTime": {"distribution": "exponential", "mean": 180},
          "patience": {"distribution": "exponential", "mean": 120},
          "serviceLevelThresholdSeconds": 20},
         {"id": "chat", "channel": "CHAT", "arrivals": [40, 60, 60, 20],
          "handleTime": {"distribution": "lognormal", "mean": 400, "standardDeviation": 200},
          "serviceLevelThresholdSeconds": 60}],
       "agentGroups": [
         {"id": "voice", "skills": [{"queue": "voice"}], "agentsPerInterval": [%d]},
         {"id": "chat", "skills": [{"queue": "chat"}, {"queue": "voice", "delaySeconds": 30}],
          "maxConcurrentChats": 2, "agentsPerInterval": [3]}]}
      """;

  private static Scenario scenario(int voiceAgents) {
    return ScenarioReader.withoutFiles().read(TWO_QUEUES.formatted(voiceAgents), "two-queues");
  }

  @Test
  void sameSeedGivesTheSameReportWhateverTheThreadCount() {
    SimulationReport one = new Simulator(scenario(8), true).run(40, 5, 1);
    SimulationReport four = new Simulator(scenario(8), true).run(40, 5, 4);
    assertEquals(one, four);
    assertNotEquals(one, new Simulator(scenario(8), true).run(40, 6, 4));
  }

  @Test
  void manyReplicationsFoldedInChunksDoNotDependOnTheThreadCount() {
    Scenario small =
        ScenarioReader.withoutFiles()
            .read(
                """
{"intervalsPerDay": 1, "intervalMinutes": 30,
 "queues": [{"id": "q", "arrivals": [30],
   "handleTime": {"distribution": "exponential", "mean": 100},
   "serviceLevelThresholdSeconds": 20}],
 "agentGroups": [{"id": "g", "skills": [{"queue": "q"}], "agentsPerInterval": [2]}]}
""",
                "small");
    assertEquals(
        new Simulator(small, false).run(600, 4, 1), new Simulator(small, false).run(600, 4, 3));
  }

  @Test
  void scenariosWithDifferentStaffingShareArrivalsAndHandleTimes() {
    // Common random numbers: the arrivals of a queue come from its own named stream.
    ReplicationResult few = new ContactCentreSimulation(scenario(6), 9, 3).run();
    ReplicationResult many = new ContactCentreSimulation(scenario(12), 9, 3).run();
    for (int q = 0; q < 2; q++) {
      for (int i = 0; i < 4; i++) {
        assertEquals(
            few.counter(q, i, QueueCounter.ARRIVALS), many.counter(q, i, QueueCounter.ARRIVALS));
      }
    }
    assertTrue(
        few.counter(0, 0, 4, QueueCounter.ABANDONED)
            > many.counter(0, 0, 4, QueueCounter.ABANDONED));
  }

  @Test
  void aSimulationObjectRunsOnce() {
    ContactCentreSimulation simulation = new ContactCentreSimulation(scenario(8), 1, 0);
    simulation.run();
    assertThrows(IllegalStateException.class, simulation::run);
  }

  @Test
  void reportsEveryDayAndIntervalWhenAsked() {
    SimulationReport report = new Simulator(scenario(8), true).run(5, 1, 2);
    SimulationReport.QueueReport voice = report.queue("voice");
    assertEquals(1, voice.days().size());
    assertEquals(4, voice.intervals().size());
    double perInterval = 0;
    for (var interval : voice.intervals()) {
      perInterval += interval.get(QueueMetric.OFFERED).mean();
    }
    assertEquals(voice.get(QueueMetric.OFFERED).mean(), perInterval, 1e-9);
  }

  @Test
  void shippedWeekScenarioHasAboutAMillionContacts() throws IOException {
    Scenario week = PublishedCasesTest.load("week-1000-agents.json");
    assertEquals(10, week.queues().size());
    ReplicationResult r = new ContactCentreSimulation(week, 1, 0).run();
    double arrivals = 0;
    for (int q = 0; q < r.queues(); q++) {
      arrivals += r.counter(q, 0, r.intervals(), QueueCounter.ARRIVALS);
    }
    assertTrue(arrivals > 850_000 && arrivals < 1_150_000, "contacts in a week: " + arrivals);
  }

  @Test
  void comparingAScenarioWithItselfGivesExactlyZeroDifference() {
    Simulator.Comparison same = Simulator.compare(scenario(8), scenario(8), false, 20, 3, 2);
    Estimate abandoned = same.difference().queue("voice").get(QueueMetric.ABANDONED);
    assertEquals(0, abandoned.mean());
    assertEquals(0, abandoned.halfWidth());
  }

  @Test
  void pairedDifferenceOnCommonRandomNumbersIsSharperThanSeparateEstimates() {
    Simulator.Comparison more = Simulator.compare(scenario(8), scenario(9), false, 40, 3, 2);
    Estimate difference = more.difference().queue("voice").get(QueueMetric.ABANDONED);
    Estimate base = more.base().queue("voice").get(QueueMetric.ABANDONED);
    Estimate variant = more.variant().queue("voice").get(QueueMetric.ABANDONED);
    assertEquals(variant.mean() - base.mean(), difference.mean(), 1e-9);
    assertTrue(difference.upper() < 0, "one more agent abandons fewer: " + difference);
    assertTrue(
        difference.halfWidth() < 0.5 * Math.hypot(base.halfWidth(), variant.halfWidth()),
        "paired " + difference.halfWidth() + " vs separate " + base.halfWidth());
    assertEquals(2, more.difference().agentGroups().size());
  }

  @Test
  void totalAddsUpAllQueues() {
    SimulationReport report = new Simulator(scenario(8), false).run(10, 2, 2);
    double offered =
        report.queue("voice").get(QueueMetric.OFFERED).mean()
            + report.queue("chat").get(QueueMetric.OFFERED).mean();
    assertEquals(offered, report.total().get(QueueMetric.OFFERED).mean(), 1e-9);
    double voice = report.queue("voice").get(QueueMetric.SERVICE_LEVEL).mean();
    double chat = report.queue("chat").get(QueueMetric.SERVICE_LEVEL).mean();
    double total = report.total().get(QueueMetric.SERVICE_LEVEL).mean();
    assertTrue(total >= Math.min(voice, chat) && total <= Math.max(voice, chat));
    assertEquals(SimulationReport.TOTAL, report.total().id());
    double handled =
        report.agentGroup("voice").get(GroupMetric.HANDLED).mean()
            + report.agentGroup("chat").get(GroupMetric.HANDLED).mean();
    assertEquals(report.total().get(QueueMetric.SERVED).mean(), handled, 1e-9);
  }
}
