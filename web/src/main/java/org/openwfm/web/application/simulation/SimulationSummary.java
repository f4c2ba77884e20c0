package org.openwfm.web.application.simulation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A finished simulation as the portal and the API show it: its inputs, the centre-wide means and the estimates
 * per queue over the simulated days (mean and 95% confidence half-width, see {@link SimulationOutcome}).
 */
public record SimulationSummary(
    long id,
    String name,
    long scheduleId,
    long forecastId,
    LocalDate firstDay,
    LocalDate lastDay,
    int replications,
    long seed,
    Double serviceLevel,
    Double asaSeconds,
    Double abandonRate,
    Double occupancy,
    String createdBy,
    LocalDateTime createdAt,
    List<QueueResult> queues) {

  /**
   * One queue over the simulated days.
   *
   * @param offered mean contacts offered over the days
   * @param weakIntervals intervals whose service level was below the queue's target or whose abandonment was above
   *     its maximum, by the targets at the time of the run
   */
  public record QueueResult(
      String queue,
      double offered,
      Double serviceLevel,
      Double serviceLevelCi,
      Double asaSeconds,
      Double asaCi,
      Double abandonRate,
      Double abandonCi,
      Double occupancy,
      Double occupancyCi,
      int weakIntervals) {}
}
