package org.openwfm.simulator.des;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openwfm.simulator.des.random.SubstreamSeeds;
import org.openwfm.simulator.des.scenario.Scenario;
import org.openwfm.simulator.des.stats.Estimate;

/**
 * Runs independent replications of a scenario in parallel and estimates every reported quantity.
 * Replication {@code i} uses substream {@code i} of every named stream and the estimates are
 * combined in replication order, so a seed gives the same report whatever the number of threads.
 */
public final class Simulator {
  private static final QueueMetric[] METRICS = QueueMetric.values();

  private final Scenario scenario;
  private final boolean intervalDetail;

  /**
   * @param scenario the scenario
   * @param intervalDetail whether to estimate every interval too (one value per queue, metric and
   *     interval)
   */
  public Simulator(Scenario scenario, boolean intervalDetail) {
    this.scenario = scenario;
    this.intervalDetail = intervalDetail;
  }

  /**
   * Runs {@code replications} replications on {@code threads} threads.
   *
   * @param replications number of replications (>= 1)
   * @param seed base seed of the random streams
   * @param threads worker threads (>= 1)
   */
  public SimulationReport run(int replications, long seed, int threads) {
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be >= 1, got " + replications);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    SubstreamSeeds seeds = new SubstreamSeeds(seed);
    double[][] summaries = new double[replications][];
    long[] events = new long[replications];
    if (threads == 1) {
      for (int i = 0; i < replications; i++) {
        runOne(seeds, i, summaries, events);
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, replications));
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < replications; i++) {
          int replication = i;
          futures.add(pool.submit(() -> runOne(seeds, replication, summaries, events)));
        }
        for (Future<?> future : futures) {
          future.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("simulation interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a replication failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    long totalEvents = 0;
    for (long e : events) {
      totalEvents += e;
    }
    return report(summaries, seed, totalEvents);
  }

  private void runOne(SubstreamSeeds seeds, int replication, double[][] summaries, long[] events) {
    ReplicationResult result = new ContactCentreSimulation(scenario, seeds, replication).run();
    summaries[replication] = summarize(result);
    events[replication] = result.events();
  }

  private int scopes() {
    return 1 + scenario.days() + (intervalDetail ? scenario.intervals() : 0);
  }

  /** Scope 0: the horizon; 1..days: each day; then each interval. */
  private int[] range(int scope) {
    int perDay = scenario.intervalsPerDay();
    if (scope == 0) {
      return new int[] {0, scenario.intervals(), scenario.days()};
    }
    if (scope <= scenario.days()) {
      return new int[] {(scope - 1) * perDay, scope * perDay, 1};
    }
    int i = scope - 1 - scenario.days();
    return new int[] {i, i + 1, 1};
  }

  private double[] summarize(ReplicationResult r) {
    int scopes = scopes();
    int queues = scenario.queues().size();
    int groups = scenario.agentGroups().size();
    double[] summary = new double[queues * scopes * METRICS.length + groups * scopes];
    int k = 0;
    for (int q = 0; q < queues; q++) {
      for (int s = 0; s < scopes; s++) {
        int[] range = range(s);
        for (QueueMetric metric : METRICS) {
          summary[k++] = metric.of(r, q, range[0], range[1], range[2]);
        }
      }
    }
    for (int g = 0; g < groups; g++) {
      for (int s = 0; s < scopes; s++) {
        int[] range = range(s);
        double present = r.present(g, range[0], range[1]);
        summary[k++] = present == 0 ? Double.NaN : r.busy(g, range[0], range[1]) / present;
      }
    }
    return summary;
  }

  private SimulationReport report(double[][] summaries, long seed, long events) {
    int scopes = scopes();
    double[] column = new double[summaries.length];
    int k = 0;
    List<SimulationReport.QueueReport> queueReports = new ArrayList<>();
    for (int q = 0; q < scenario.queues().size(); q++) {
      List<Map<QueueMetric, Estimate>> byScope = new ArrayList<>();
      for (int s = 0; s < scopes; s++) {
        Map<QueueMetric, Estimate> estimates = new EnumMap<>(QueueMetric.class);
        for (QueueMetric metric : METRICS) {
          estimates.put(metric, Estimate.of(column(summaries, k++, column)));
        }
        byScope.add(estimates);
      }
      queueReports.add(
          new SimulationReport.QueueReport(
              scenario.queues().get(q).id(),
              byScope.get(0),
              byScope.subList(1, 1 + scenario.days()),
              byScope.subList(1 + scenario.days(), scopes)));
    }
    List<SimulationReport.GroupReport> groupReports = new ArrayList<>();
    for (int g = 0; g < scenario.agentGroups().size(); g++) {
      List<Estimate> byScope = new ArrayList<>();
      for (int s = 0; s < scopes; s++) {
        byScope.add(Estimate.of(column(summaries, k++, column)));
      }
      groupReports.add(
          new SimulationReport.GroupReport(
              scenario.agentGroups().get(g).id(),
              byScope.get(0),
              byScope.subList(1, 1 + scenario.days()),
              byScope.subList(1 + scenario.days(), scopes)));
    }
    return new SimulationReport(
        scenario.name(), summaries.length, seed, events, queueReports, groupReports);
  }

  private static double[] column(double[][] summaries, int index, double[] column) {
    for (int i = 0; i < summaries.length; i++) {
      column[i] = summaries[i][index];
    }
    return column;
  }
}
