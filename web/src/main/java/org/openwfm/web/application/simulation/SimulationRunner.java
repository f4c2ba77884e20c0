package org.openwfm.web.application.simulation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import org.openwfm.simulator.des.ContactCentreSimulation;
import org.openwfm.simulator.des.QueueCounter;
import org.openwfm.simulator.des.ReplicationResult;
import org.openwfm.simulator.des.random.SubstreamSeeds;
import org.openwfm.simulator.des.stats.Estimate;
import org.openwfm.web.application.simulation.SimulationModel.QueueMapping;
import org.openwfm.web.application.simulation.SimulationOutcome.Measures;

/**
 * Runs the replications of a simulation model one after the other and estimates the measures of every queue and
 * interval. Replication {@code i} uses substream {@code i} of every named random stream of the seed (as the
 * simulator's own runner does), so a seed gives the same results. Pure: no database.
 */
public final class SimulationRunner {

  /** Told after each replication; asked whether to stop. */
  public interface Progress {
    /** Replication {@code done} of {@code total} has finished. */
    void replicationDone(int done, int total);

    /** Whether the user asked to stop; the run then ends with a {@link CancellationException}. */
    boolean cancelled();
  }

  private static final int SL = 0;
  private static final int ASA = 1;
  private static final int ABANDON = 2;
  private static final int OCCUPANCY = 3;
  private static final int OFFERED = 4;
  private static final int MEASURES = 5;

  private SimulationRunner() {}

  /**
   * Runs {@code replications} replications.
   *
   * @throws CancellationException when {@code progress} reports a cancellation
   */
  public static SimulationOutcome run(SimulationModel model, int replications, long seed, Progress progress) {
    if (replications < 2) {
      throw new IllegalArgumentException("replications: at least 2 for a confidence interval, got " + replications);
    }
    List<QueueMapping> queues = model.queues();
    // values[scope][measure][replication]; scopes: each queue's intervals, then each queue, then the total.
    List<int[]> scopes = new ArrayList<>();
    List<String> scopeQueue = new ArrayList<>();
    List<LocalDateTime> scopeInterval = new ArrayList<>();
    for (QueueMapping queue : queues) {
      for (Map.Entry<LocalDateTime, Integer> interval : queue.intervals().entrySet()) {
        scopes.add(new int[] {queue.index(), interval.getValue()});
        scopeQueue.add(queue.queue());
        scopeInterval.add(interval.getKey());
      }
    }
    // One-pass statistics per scope and measure (Welford), so memory does not grow with the replications.
    Accumulator[] values = new Accumulator[scopes.size() + queues.size() + 1];
    for (int i = 0; i < values.length; i++) {
      values[i] = new Accumulator();
    }
    double[] one = new double[MEASURES];
    SubstreamSeeds seeds = new SubstreamSeeds(seed);
    for (int r = 0; r < replications; r++) {
      if (progress.cancelled()) {
        throw new CancellationException("stopped after " + r + " of " + replications + " replications");
      }
      ReplicationResult result = new ContactCentreSimulation(model.scenario(), seeds, r).run();
      for (int s = 0; s < scopes.size(); s++) {
        QueueMapping queue = queues.get(queueIndex(queues, scopeQueue.get(s)));
        int interval = scopes.get(s)[1];
        measure(one, result, List.of(queue), List.of(interval));
        values[s].add(one);
      }
      for (int q = 0; q < queues.size(); q++) {
        measure(one, result, List.of(queues.get(q)), List.copyOf(queues.get(q).intervals().values()));
        values[scopes.size() + q].add(one);
      }
      measure(one, result, queues, null);
      values[values.length - 1].add(one);
      progress.replicationDone(r + 1, replications);
    }
    List<Measures> intervals = new ArrayList<>();
    for (int s = 0; s < scopes.size(); s++) {
      intervals.add(measures(scopeQueue.get(s), scopeInterval.get(s), values[s]));
    }
    List<Measures> perQueue = new ArrayList<>();
    for (int q = 0; q < queues.size(); q++) {
      perQueue.add(measures(queues.get(q).queue(), null, values[scopes.size() + q]));
    }
    return new SimulationOutcome(measures("total", null, values[values.length - 1]), perQueue, intervals);
  }

  private static int queueIndex(List<QueueMapping> queues, String code) {
    for (int i = 0; i < queues.size(); i++) {
      if (queues.get(i).queue().equals(code)) {
        return i;
      }
    }
    throw new IllegalStateException("no queue " + code);
  }

  /**
   * One replication's measures over the given queues and intervals ({@code null}: each queue's own mapped
   * intervals).
   */
  private static void measure(double[] into, ReplicationResult result, List<QueueMapping> queues,
      List<Integer> intervals) {
    double offered = 0;
    double within = 0;
    double served = 0;
    double waited = 0;
    double abandoned = 0;
    double busy = 0;
    double present = 0;
    Set<Integer> groups = new TreeSet<>();
    Set<Integer> allIntervals = new TreeSet<>();
    for (QueueMapping queue : queues) {
      List<Integer> range = intervals != null ? intervals : List.copyOf(queue.intervals().values());
      for (int i : range) {
        offered += result.counter(queue.index(), i, QueueCounter.OFFERED);
        within += result.counter(queue.index(), i, QueueCounter.ANSWERED_WITHIN_THRESHOLD);
        served += result.counter(queue.index(), i, QueueCounter.SERVED);
        waited += result.counter(queue.index(), i, QueueCounter.WAIT_SERVED);
        abandoned += result.counter(queue.index(), i, QueueCounter.ABANDONED);
      }
      groups.addAll(queue.groups());
      allIntervals.addAll(range);
    }
    for (int g : groups) {
      for (int i : allIntervals) {
        busy += result.busy(g, i, i + 1);
        present += result.present(g, i, i + 1);
      }
    }
    into[SL] = offered == 0 ? Double.NaN : within / offered;
    into[ASA] = served == 0 ? Double.NaN : waited / served;
    into[ABANDON] = offered == 0 ? Double.NaN : abandoned / offered;
    into[OCCUPANCY] = present == 0 ? Double.NaN : busy / present;
    into[OFFERED] = offered;
  }

  /** Count, mean and sum of squared deviations of each measure over the replications where it is defined. */
  private static final class Accumulator {
    private final int[] n = new int[MEASURES];
    private final double[] mean = new double[MEASURES];
    private final double[] m2 = new double[MEASURES];

    void add(double[] values) {
      for (int m = 0; m < MEASURES; m++) {
        double v = values[m];
        if (!Double.isNaN(v)) {
          n[m]++;
          double delta = v - mean[m];
          mean[m] += delta / n[m];
          m2[m] += delta * (v - mean[m]);
        }
      }
    }

    Estimate estimate(int m) {
      return Estimate.of(n[m], mean[m], n[m] > 1 ? m2[m] / (n[m] - 1) : 0);
    }
  }

  private static Measures measures(String queue, LocalDateTime interval, Accumulator values) {
    Estimate sl = values.estimate(SL);
    Estimate asa = values.estimate(ASA);
    Estimate abandon = values.estimate(ABANDON);
    Estimate occupancy = values.estimate(OCCUPANCY);
    Estimate offered = values.estimate(OFFERED);
    return new Measures(queue, interval, offered.mean(), mean(sl), half(sl), mean(asa), half(asa), mean(abandon),
        half(abandon), mean(occupancy), half(occupancy));
  }

  private static Double mean(Estimate estimate) {
    return Double.isNaN(estimate.mean()) ? null : estimate.mean();
  }

  private static Double half(Estimate estimate) {
    return estimate.n() < 2 ? null : estimate.halfWidth();
  }
}
