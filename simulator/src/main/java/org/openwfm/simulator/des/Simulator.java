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
import org.openwfm.simulator.des.stats.Tallies;

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
  private static final GroupMetric[] GROUP_METRICS = GroupMetric.values();

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
    Tallies tallies = new Tallies(width());
    long[] events = {0};
    Simulator[] one = {this};
    runInChunks(
        one,
        replications,
        seed,
        threads,
        (rows, chunkEvents) -> {
          tallies.add(rows[0]);
          events[0] += chunkEvents;
        });
    return report(
        scenario.name(),
        queueIds(scenario),
        groupIds(scenario),
        tallies,
        replications,
        seed,
        events[0]);
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
    List<String> queues = new ArrayList<>(queueIds(base));
    queues.retainAll(queueIds(variant));
    List<String> groups = new ArrayList<>(groupIds(base));
    groups.retainAll(groupIds(variant));
    int scopes = first.scopes();
    int[] fromA =
        new int
            [((queues.size() + 1) * METRICS.length + groups.size() * GROUP_METRICS.length)
                * scopes];
    int[] fromB = new int[fromA.length];
    int k = 0;
    List<String> withTotal = new ArrayList<>(queues);
    withTotal.add(null);
    for (String id : withTotal) {
      // null stands for all queues together, stored after the queues.
      int blockA = id == null ? base.queues().size() : queueIds(base).indexOf(id);
      int blockB = id == null ? variant.queues().size() : queueIds(variant).indexOf(id);
      for (int j = 0; j < scopes * METRICS.length; j++) {
        fromA[k] = blockA * scopes * METRICS.length + j;
        fromB[k++] = blockB * scopes * METRICS.length + j;
      }
    }
    int groupBlock = scopes * GROUP_METRICS.length;
    for (String id : groups) {
      int offsetA =
          (base.queues().size() + 1) * scopes * METRICS.length
              + groupIds(base).indexOf(id) * groupBlock;
      int offsetB =
          (variant.queues().size() + 1) * scopes * METRICS.length
              + groupIds(variant).indexOf(id) * groupBlock;
      for (int j = 0; j < groupBlock; j++) {
        fromA[k] = offsetA + j;
        fromB[k++] = offsetB + j;
      }
    }
    Tallies tallyA = new Tallies(first.width());
    Tallies tallyB = new Tallies(second.width());
    Tallies tallyDifference = new Tallies(fromA.length);
    long[] events = {0};
    double[] difference = new double[fromA.length];
    runInChunks(
        new Simulator[] {first, second},
        replications,
        seed,
        threads,
        (rows, chunkEvents) -> {
          tallyA.add(rows[0]);
          tallyB.add(rows[1]);
          for (int j = 0; j < difference.length; j++) {
            difference[j] = rows[1][fromB[j]] - rows[0][fromA[j]];
          }
          tallyDifference.add(difference);
          events[0] += chunkEvents;
        });
    return new Comparison(
        first.report(
            base.name(), queueIds(base), groupIds(base), tallyA, replications, seed, events[0]),
        second.report(
            variant.name(),
            queueIds(variant),
            groupIds(variant),
            tallyB,
            replications,
            seed,
            events[0]),
        first.report(
            variant.name() + " minus " + base.name(),
            queues,
            groups,
            tallyDifference,
            replications,
            seed,
            events[0]));
  }

  private static List<String> queueIds(Scenario scenario) {
    return scenario.queues().stream().map(QueueSpec::id).toList();
  }

  private static List<String> groupIds(Scenario scenario) {
    return scenario.agentGroups().stream().map(AgentGroupSpec::id).toList();
  }

  /** Receives the rows of one replication (one per simulator) in replication order. */
  private interface RowSink {
    void accept(double[][] rows, long events);
  }

  /** Replications run in parallel in chunks, folded in order so memory stays bounded. */
  private static final int CHUNK = 256;

  private static void runInChunks(
      Simulator[] simulators, int replications, long seed, int threads, RowSink sink) {
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be >= 1, got " + replications);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    SubstreamSeeds seeds = new SubstreamSeeds(seed);
    int width = Math.min(CHUNK, replications);
    double[][][] rows = new double[width][simulators.length][];
    long[] events = new long[width];
    ExecutorService pool =
        threads == 1 ? null : Executors.newFixedThreadPool(Math.min(threads, replications));
    try {
      for (int chunk = 0; chunk < replications; chunk += CHUNK) {
        int start = chunk;
        int end = Math.min(replications, start + CHUNK);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = start; i < end; i++) {
          int replication = i;
          Runnable task =
              () -> {
                long count = 0;
                for (int m = 0; m < simulators.length; m++) {
                  ReplicationResult result =
                      new ContactCentreSimulation(simulators[m].scenario, seeds, replication).run();
                  rows[replication - start][m] = simulators[m].summarize(result);
                  count += result.events();
                }
                events[replication - start] = count;
              };
          if (pool == null) {
            task.run();
          } else {
            futures.add(pool.submit(task));
          }
        }
        for (Future<?> future : futures) {
          future.get();
        }
        for (int i = start; i < end; i++) {
          sink.accept(rows[i - start], events[i - start]);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("simulation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a replication failed: " + e.getCause(), e.getCause());
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** Number of values summarizing one replication. */
  private int width() {
    return ((scenario.queues().size() + 1) * METRICS.length
            + scenario.agentGroups().size() * GROUP_METRICS.length)
        * scopes();
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
   * then for each group, scope and group metric.
   */
  private double[] summarize(ReplicationResult r) {
    int scopes = scopes();
    int queues = scenario.queues().size();
    int groups = scenario.agentGroups().size();
    double[] summary = new double[width()];
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
        for (GroupMetric metric : GROUP_METRICS) {
          summary[k++] = metric.of(r, g, range[0], range[1], range[2]);
        }
      }
    }
    return summary;
  }

  private SimulationReport report(
      String name,
      List<String> queueIds,
      List<String> groupIds,
      Tallies tallies,
      int replications,
      long seed,
      long events) {
    int scopes = scopes();
    int days = scenario.days();
    int k = 0;
    List<SimulationReport.QueueReport> queueReports = new ArrayList<>();
    List<String> withTotal = new ArrayList<>(queueIds);
    withTotal.add(SimulationReport.TOTAL);
    for (String id : withTotal) {
      List<Map<QueueMetric, Estimate>> byScope = new ArrayList<>();
      for (int s = 0; s < scopes; s++) {
        Map<QueueMetric, Estimate> estimates = new EnumMap<>(QueueMetric.class);
        for (QueueMetric metric : METRICS) {
          estimates.put(metric, tallies.estimate(k++));
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
      List<Map<GroupMetric, Estimate>> byScope = new ArrayList<>();
      for (int s = 0; s < scopes; s++) {
        Map<GroupMetric, Estimate> estimates = new EnumMap<>(GroupMetric.class);
        for (GroupMetric metric : GROUP_METRICS) {
          estimates.put(metric, tallies.estimate(k++));
        }
        byScope.add(estimates);
      }
      groupReports.add(
          new SimulationReport.GroupReport(
              id, byScope.get(0), byScope.subList(1, 1 + days), byScope.subList(1 + days, scopes)));
    }
    return new SimulationReport(
        name, replications, seed, events, queueReports, total, groupReports);
  }
}
