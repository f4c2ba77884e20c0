package org.openwfm.simulator.queueing;

/**
 * The requirement of one queue in one interval.
 *
 * @param requiredFractional agents needed as a real number: the targets interpolated linearly
 *     between the last agent count that fails them and the first that meets them (occupancy and
 *     Erlang C stability exactly); never above {@code requiredAgents}
 * @param requiredAgents the least whole number of agents meeting every target (and the minimum
 *     staffing)
 * @param metrics measures with {@code requiredAgents} agents (servers are agents times the
 *     concurrency)
 */
public record StaffingResult(double requiredFractional, int requiredAgents, QueueMetrics metrics) {

  public StaffingResult {
    Checks.atLeast("requiredFractional", requiredFractional, 0);
    Checks.atLeast("requiredAgents", requiredAgents, 0);
  }

  /** Scheduled agents as a real number: the fractional requirement grossed up for shrinkage. */
  public double scheduledFractional(Shrinkage shrinkage) {
    return shrinkage.grossUp(requiredFractional);
  }

  /** Scheduled agents as a whole number: the whole requirement grossed up and rounded up. */
  public int scheduledAgents(Shrinkage shrinkage) {
    return shrinkage.scheduledAgents(requiredAgents);
  }
}
