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
import org.openwfm.simulator.des.scenario.AgentGroupSpec;
import org.openwfm.simulator.des.scenario.QueueSpec;
import org.openwfm.simulator.des.scenario.Scenario;
import org.openwfm.simulator.des.stats.Estimate;

/**
 * Runs independent replications of a scenario in parallel and estimates every reported quantity.
 * Replication {@code i} uses substream {@code i} of every named stream and the estimates are
 * combined in replication order, so a seed gives the same report whatever the number of threads.
 *
 * <p>{@link #compare} runs two scenarios on common random numbers and estimates the paired
 * difference of every quantity, which is far more precise than comparing two separate estimates.
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
    Runs runs = runs(replications, seed, threads);
    return report(
        scenario.name(), queueIds(scenario), groupIds(scenario), runs.summaries, seed, runs.events);
  }

  /**
   * A base and a variant scenario on common random numbers, and their paired difference.
   *
   * @param base the base report
   * @param variant the variant report
   * @param difference variant minus base, replication by replication, for the queues and groups
   *     both scenarios have (matched by id)
   */
  public record Comparison(
      SimulationReport base, SimulationReport variant, SimulationReport difference) {}

  /**
   * Runs both scenarios with the same seed (so a queue of the same id sees the same arrivals and
   * handle times) and estimates variant minus base. Both need the same days and intervals per day.
   */
  public static Comparison compare(
      Scenario base,
      Scenario variant,
      boolean intervalDetail,
      int replications,
      long seed,
      int threads) {
    if (base.days() != variant.days() || base.intervalsPerDay() != variant.intervalsPerDay()) {
      throw new IllegalArgumentException(
          "scenarios to compare need the same days and intervals per day, got "
              + base.days()
              + " x "
              + base.intervalsPerDay()
              + " and "
              + variant.days()
              + " x "
              + variant.intervalsPerDay());
    }
    Simulator first = new Simulator(base, intervalDetail);
    Simulator second = new Simulator(variant, intervalDetail);
    Runs a = first.runs(replications, seed, threads);
    Runs b = second.runs(replications, seed, threads);
    List<String> queues = new ArrayList<>(queueIds(base));
    queues.retainAll(queueIds(variant));
    List<String> groups = new ArrayList<>(groupIds(base));
    groups.retainAll(groupIds(variant));
    int scopes = first.scopes();
    double[][] difference = new double[replications][];
    for (int r = 0; r < replications; r++) {
      double[] row = new double[((queues.size() + 1) * METRICS.length + groups.size()) * scopes];
      int k = 0;
      List<String> withTotal = new ArrayList<>(queues);
      withTotal.add(null);
      for (String id : withTotal) {
        // null stands for all queues together, stored after the queues.
        int blockA = id == null ? base.queues().size() : queueIds(base).indexOf(id);
        int blockB = id == null ? variant.queues().size() : queueIds(variant).indexOf(id);
        int offsetA = blockA * scopes * METRICS.length;
        int offsetB = blockB * scopes * METRICS.length;
        for (int j = 0; j < scopes * METRICS.length; j++) {
          row[k++] = b.summaries[r][offsetB + j] - a.summaries[r][offsetA + j];
        }
      }
      for (String id : groups) {
        int offsetA =
            ((base.queues().size() + 1) * METRICS.length + groupIds(base).indexOf(id)) * scopes;
        int offsetB =
            ((variant.queues().size() + 1) * METRICS.length + groupIds(variant).indexOf(id))
                * scopes;
        for (int j = 0; j < scopes; j++) {
          row[k++] = b.summaries[r][offsetB + j] - a.summaries[r][offsetA + j];
        }
      }
      difference[r] = row;
    }
    return new Comparison(
        first.report(base.name(), queueIds(base), groupIds(base), a.summaries, seed, a.events),
        second.report(
            variant.name(), queueIds(variant), groupIds(variant), b.summaries, seed, b.events),
        first.report(
            variant.name() + " minus " + base.name(),
            queues,
            groups,
            difference,
            seed,
            a.events + b.events));
  }

  private static List<String> queueIds(Scenario scenario) {
    return scenario.queues().stream().map(QueueSpec::id).toList();
  }

  private static List<String> groupIds(Scenario scenario) {
    return scenario.agentGroups().stream().map(AgentGroupSpec::id).toList();
  }

  private record Runs(double[][] summaries, long events) {}

  private Runs runs(int replications, long seed, int threads) {
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
    return new Runs(summaries, totalEvents);
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

  /**
   * One replication's values: for each queue, then for all queues together, each scope and metric;
   * then for each group and scope its occupancy.
   */
  private double[] summarize(ReplicationResult r) {
    int scopes = scopes();
    int queues = scenario.queues().size();
    int groups = scenario.agentGroups().size();
    double[] summary = new double[(queues + 1) * scopes * METRICS.length + groups * scopes];
    int k = 0;
    for (int q = 0; q <= queues; q++) {
      int queue = q == queues ? ReplicationResult.ALL_QUEUES : q;
      for (int s = 0; s < scopes; s++) {
        int[] range = range(s);
        for (QueueMetric metric : METRICS) {
          summary[k++] = metric.of(r, queue, range[0], range[1], range[2]);
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

  private SimulationReport report(
      String name,
      List<String> queueIds,
      List<String> groupIds,
      double[][] summaries,
      long seed,
      long events) {
    int scopes = scopes();
    int days = scenario.days();
    double[] column = new double[summaries.length];
    int k = 0;
    List<SimulationReport.QueueReport> queueReports = new ArrayList<>();
    List<String> withTotal = new ArrayList<>(queueIds);
    withTotal.add(SimulationReport.TOTAL);
    for (String id : withTotal) {
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
              id, byScope.get(0), byScope.subList(1, 1 + days), byScope.subList(1 + days, scopes)));
    }
    SimulationReport.QueueReport total = queueReports.remove(queueReports.size() - 1);
    List<SimulationReport.GroupReport> groupReports = new ArrayList<>();
    for (String id : groupIds) {
      List<Estimate> byScope = new ArrayList<>();
      for (int s = 0; s < scopes; s++) {
        byScope.add(Estimate.of(column(summaries, k++, column)));
      }
      groupReports.add(
          new SimulationReport.GroupReport(
              id, byScope.get(0), byScope.subList(1, 1 + days), byScope.subList(1 + days, scopes)));
    }
    return new SimulationReport(
        name, summaries.length, seed, events, queueReports, total, groupReports);
  }

  private static double[] column(double[][] summaries, int index, double[] column) {
    for (int i = 0; i < summaries.length; i++) {
      column[i] = summaries[i][index];
    }
    return column;
  }
}
