package org.openwfm.web.application.simulation;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a simulation estimated: the mean over replications of each measure and the half-width of its 95%
 * confidence interval (Student t). A measure undefined in every replication (nothing offered, nobody present) is
 * null. Service level is answered within the threshold (the deadline for e-mail) over offered; ASA the mean wait
 * of answered contacts in seconds; abandonment abandoned over offered; occupancy the busy share of the present
 * time of the agents skilled for the queue.
 *
 * @param total all simulated queues together (queue {@code total})
 * @param queues per queue over the simulated days
 * @param intervals per queue and (queue-local) interval
 */
public record SimulationOutcome(Measures total, List<Measures> queues, List<Measures> intervals) {

  public SimulationOutcome {
    queues = List.copyOf(queues);
    intervals = List.copyOf(intervals);
  }

  /**
   * Estimates of one queue over a range.
   *
   * @param queue queue code, or {@code total}
   * @param intervalStart the local interval, or null for a whole queue or the total
   * @param offered mean contacts offered over the range
   */
  public record Measures(
      String queue,
      LocalDateTime intervalStart,
      double offered,
      Double serviceLevel,
      Double serviceLevelCi,
      Double asaSeconds,
      Double asaCi,
      Double abandonRate,
      Double abandonCi,
      Double occupancy,
      Double occupancyCi) {}
}
