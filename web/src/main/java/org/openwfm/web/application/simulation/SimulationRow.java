package org.openwfm.web.application.simulation;

import java.time.LocalDateTime;

/**
 * One queue and interval of a simulation (mean over replications and 95% confidence half-width of each measure;
 * see {@link SimulationOutcome}).
 *
 * @param intervalStart local date-time in the queue's time zone
 * @param weak service level below the queue's current target or abandonment above its current maximum
 */
public record SimulationRow(
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
    Double occupancyCi,
    boolean weak) {

  /** Whether the estimates miss the targets: service level below {@code slTarget} or abandonment above the max. */
  static boolean weak(Double serviceLevel, Double abandonRate, double slTarget, Double maxAbandonRate) {
    return serviceLevel != null && serviceLevel < slTarget
        || abandonRate != null && maxAbandonRate != null && abandonRate > maxAbandonRate;
  }
}
