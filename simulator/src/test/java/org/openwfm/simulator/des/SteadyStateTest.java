package org.openwfm.simulator.des;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openwfm.simulator.des.scenario.Scenario;
import org.openwfm.simulator.des.scenario.ScenarioReader;
import org.openwfm.simulator.des.stats.Estimate;

/**
 * Long steady-state runs against exact queueing results: Erlang C rows of
 * ../shared/data/erlang/erlang_c_grid.csv and the Erlang A values of
 * ../shared/data/simulation-cases. Each replication warms up for one long interval and measures the
 * next; the exact value must lie inside the 95% confidence interval over replications.
 */
class SteadyStateTest {
  private static final int REPLICATIONS = 20;
  private static final double WARM_UP_AND_MEASURE_MINUTES = 6000;

  private static Scenario scenario(
      double perMinute, double handleSeconds, int agents, String patience) {
    double perInterval = perMinute * WARM_UP_AND_MEASURE_MINUTES;
    String json =
        """
        {"intervalsPerDay": 2, "intervalMinutes": %s,
         "queues": [{"id": "q", "arrivals": [%s, %s],
           "handleTime": {"distribution": "exponential", "mean": %s},
           %s
           "serviceLevelThresholdSeconds": 20}],
         "agentGroups": [{"id": "g", "skills": [{"queue": "q"}], "agentsPerInterval": [%d]}]}
        """
            .formatted(
                WARM_UP_AND_MEASURE_MINUTES,
                perInterval,
                perInterval,
                handleSeconds,
                patience,
                agents);
    return ScenarioReader.withoutFiles().read(json, "steady-state");
  }

  private interface Quantity {
    double of(ReplicationResult r);
  }

  private static Estimate estimate(List<ReplicationResult> results, Quantity quantity) {
    return Estimate.of(results.stream().mapToDouble(quantity::of).toArray());
  }

  private static List<ReplicationResult> run(Scenario scenario) {
    return IntStream.range(0, REPLICATIONS)
        .parallel()
        .mapToObj(i -> new ContactCentreSimulation(scenario, 2026, i).run())
        .toList();
  }

  private static double measured(ReplicationResult r, QueueCounter counter) {
    return r.counter(0, 1, counter);
  }

  private static void assertCovers(String what, double exact, Estimate estimate) {
    assertTrue(
        estimate.covers(exact),
        what
            + ": exact "
            + exact
            + " outside the simulated 95% CI ["
            + estimate.lower()
            + ", "
            + estimate.upper()
            + "] (mean "
            + estimate.mean()
            + ")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"25,300,6", "100,180,13", "200,180,24"})
  void mmcAgreesWithErlangCGridRow(String key) throws IOException {
    Path grid = Path.of(System.getProperty("wfm.sharedData"), "erlang", "erlang_c_grid.csv");
    // key: calls per 30 minutes, AHT seconds, agents (columns 1, 2 and 4 of the grid)
    String[] wanted = key.split(",");
    String[] row =
        Files.readAllLines(grid).stream()
            .map(l -> l.split(","))
            .filter(c -> c[0].equals(wanted[0]) && c[1].equals(wanted[1]) && c[3].equals(wanted[2]))
            .findFirst()
            .orElseThrow();
    double perMinute = Double.parseDouble(row[0]) / 30;
    double handle = Double.parseDouble(row[1]);
    int agents = Integer.parseInt(row[3]);
    List<ReplicationResult> results = run(scenario(perMinute, handle, agents, ""));
    assertCovers(
        "SL 20 s",
        Double.parseDouble(row[5]),
        estimate(
            results,
            r ->
                measured(r, QueueCounter.ANSWERED_WITHIN_THRESHOLD)
                    / measured(r, QueueCounter.SERVED)));
    assertCovers(
        "ASA seconds",
        Double.parseDouble(row[6]),
        estimate(
            results,
            r -> measured(r, QueueCounter.WAIT_SERVED) / measured(r, QueueCounter.SERVED)));
    assertCovers(
        "occupancy",
        Double.parseDouble(row[7]),
        estimate(results, r -> r.busy(0, 1, 2) / r.present(0, 1, 2)));
  }

  @Test
  void mmcWithAbandonmentAgreesWithErlangA() {
    List<ReplicationResult> results =
        run(
            scenario(
                4.2, 120, 12, "\"patience\": {\"distribution\": \"exponential\", \"mean\": 60},"));
    assertCovers(
        "P(abandon)",
        0.029679,
        estimate(
            results, r -> measured(r, QueueCounter.ABANDONED) / measured(r, QueueCounter.OFFERED)));
    assertCovers(
        "SL served within 20 s / served",
        0.974182,
        estimate(
            results,
            r ->
                measured(r, QueueCounter.ANSWERED_WITHIN_THRESHOLD)
                    / measured(r, QueueCounter.SERVED)));
    assertCovers(
        "SL with abandonment",
        0.967872,
        estimate(
            results,
            r ->
                measured(r, QueueCounter.ANSWERED_WITHIN_THRESHOLD)
                    / (measured(r, QueueCounter.SERVED)
                        + measured(r, QueueCounter.ABANDONED_AFTER_THRESHOLD))));
    assertCovers(
        "occupancy", 0.679225, estimate(results, r -> r.busy(0, 1, 2) / r.present(0, 1, 2)));
  }

  private static String[] gridRow(String calls, String aht, String agents) throws IOException {
    Path grid = Path.of(System.getProperty("wfm.sharedData"), "erlang", "erlang_c_grid.csv");
    return Files.readAllLines(grid).stream()
        .map(l -> l.split(","))
        .filter(c -> c[0].equals(calls) && c[1].equals(aht) && c[3].equals(agents))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void chatSlotsWithoutSlowdownBehaveAsOneServerEach() throws IOException {
    // 4 agents x 3 sessions, no slowdown, exponential handle times: every slot is an independent
    // server,
    // so the queue is M/M/12 (grid row 50 contacts per 30 min, 300 s, 12 agents).
    String[] row = gridRow("50", "300", "12");
    double perInterval = 50.0 / 30 * WARM_UP_AND_MEASURE_MINUTES;
    String json =
        """
        {"intervalsPerDay": 2, "intervalMinutes": %s,
         "queues": [{"id": "chat", "channel": "CHAT", "arrivals": [%s, %s],
           "handleTime": {"distribution": "exponential", "mean": 300},
           "serviceLevelThresholdSeconds": 20}],
         "agentGroups": [{"id": "g", "skills": [{"queue": "chat"}], "maxConcurrentChats": 3,
           "agentsPerInterval": [4]}]}
        """
            .formatted(WARM_UP_AND_MEASURE_MINUTES, perInterval, perInterval);
    List<ReplicationResult> results = run(ScenarioReader.withoutFiles().read(json, "chat-slots"));
    assertCovers(
        "SL 20 s",
        Double.parseDouble(row[5]),
        estimate(
            results,
            r ->
                measured(r, QueueCounter.ANSWERED_WITHIN_THRESHOLD)
                    / measured(r, QueueCounter.SERVED)));
    assertCovers(
        "ASA seconds",
        Double.parseDouble(row[6]),
        estimate(
            results,
            r -> measured(r, QueueCounter.WAIT_SERVED) / measured(r, QueueCounter.SERVED)));
  }

  @Test
  void fullyCrossTrainedAgentsPoolTwoQueuesIntoOneErlangCSystem() throws IOException {
    // Queues A (60%) and B (40%) of grid row 100 contacts per 30 min, 180 s, 13 agents, served by
    // one
    // group with both skills, oldest contact first: each queue sees the pooled M/M/13 waits.
    String[] row = gridRow("100", "180", "13");
    double perInterval = 100.0 / 30 * WARM_UP_AND_MEASURE_MINUTES;
    String json =
        """
        {"intervalsPerDay": 2, "intervalMinutes": %s,
         "queues": [
           {"id": "A", "arrivals": [%s, %s],
            "handleTime": {"distribution": "exponential", "mean": 180},
            "serviceLevelThresholdSeconds": 20},
           {"id": "B", "arrivals": [%s, %s],
            "handleTime": {"distribution": "exponential", "mean": 180},
            "serviceLevelThresholdSeconds": 20}],
         "agentGroups": [{"id": "g", "skills": [{"queue": "A"}, {"queue": "B"}],
           "agentsPerInterval": [13]}]}
        """
            .formatted(
                WARM_UP_AND_MEASURE_MINUTES,
                0.6 * perInterval,
                0.6 * perInterval,
                0.4 * perInterval,
                0.4 * perInterval);
    List<ReplicationResult> results = run(ScenarioReader.withoutFiles().read(json, "pooled"));
    for (int q = 0; q < 2; q++) {
      int queue = q;
      assertCovers(
          "SL 20 s of queue " + q,
          Double.parseDouble(row[5]),
          estimate(
              results,
              r ->
                  r.counter(queue, 1, QueueCounter.ANSWERED_WITHIN_THRESHOLD)
                      / r.counter(queue, 1, QueueCounter.SERVED)));
      assertCovers(
          "ASA seconds of queue " + q,
          Double.parseDouble(row[6]),
          estimate(
              results,
              r ->
                  r.counter(queue, 1, QueueCounter.WAIT_SERVED)
                      / r.counter(queue, 1, QueueCounter.SERVED)));
    }
    assertCovers(
        "occupancy",
        Double.parseDouble(row[7]),
        estimate(results, r -> r.busy(0, 1, 2) / r.present(0, 1, 2)));
  }
}
