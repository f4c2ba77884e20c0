package org.openwfm.simulator.des;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openwfm.simulator.des.scenario.Scenario;
import org.openwfm.simulator.des.scenario.ScenarioReader;
import org.openwfm.simulator.des.stats.Estimate;

/**
 * The two ContactCenters cases of ../shared/data/simulation-cases with 1000 replications: our means
 * must land inside the published 95% intervals (the published ASA of MMCAb has no interval; a tight
 * band is used).
 */
class PublishedCasesTest {

  static Scenario load(String file) throws IOException {
    Path path = Path.of(System.getProperty("user.dir")).resolve("../docs/scenarios").resolve(file);
    return ScenarioReader.withoutFiles().read(Files.readString(path), file);
  }

  private static void assertInside(String what, Estimate estimate, double lower, double upper) {
    assertTrue(
        estimate.mean() >= lower && estimate.mean() <= upper,
        what
            + ": mean "
            + estimate.mean()
            + " (CI "
            + estimate.lower()
            + " to "
            + estimate.upper()
            + ") outside the published interval ["
            + lower
            + ", "
            + upper
            + "]");
  }

  @Test
  void mmcLandsInsidePublishedIntervals() throws IOException {
    SimulationReport report =
        new Simulator(load("mmc.json"), false)
            .run(1000, 1, Runtime.getRuntime().availableProcessors());
    SimulationReport.QueueReport voice = report.queue("voice");
    assertInside(
        "answered within 20 s",
        voice.get(QueueMetric.ANSWERED_WITHIN_THRESHOLD),
        1812.618,
        1819.698);
    assertInside("service level", voice.get(QueueMetric.SERVICE_LEVEL), 0.900, 0.904);
    assertInside("ASA minutes", scaled(voice.get(QueueMetric.ASA_SECONDS), 1 / 60.0), 0.097, 0.102);
    assertInside("occupancy", report.agentGroup("agents").occupancy(), 0.694, 0.697);
  }

  @Test
  void mmcabLandsInsidePublishedIntervals() throws IOException {
    SimulationReport report =
        new Simulator(load("mmcab.json"), false)
            .run(1000, 1, Runtime.getRuntime().availableProcessors());
    SimulationReport.QueueReport voice = report.queue("voice");
    assertInside("abandoned", voice.get(QueueMetric.ABANDONED), 57.660, 59.558);
    assertInside("service level", voice.get(QueueMetric.SERVICE_LEVEL), 0.974, 0.975);
    assertInside(
        "abandon-aware service level",
        voice.get(QueueMetric.SERVICE_LEVEL_ABANDON_AWARE),
        0.968,
        0.969);
    // Published without an interval, rounded to 0.024 minutes: accept what rounds to it.
    assertInside(
        "ASA minutes", scaled(voice.get(QueueMetric.ASA_SECONDS), 1 / 60.0), 0.0235, 0.0245);
    assertInside("occupancy", report.agentGroup("agents").occupancy(), 0.674, 0.677);
  }

  private static Estimate scaled(Estimate e, double factor) {
    return new Estimate(e.mean() * factor, e.lower() * factor, e.upper() * factor, e.n());
  }
}
