package org.openwfm.simulator.queueing;

/**
 * Erlang C (M/M/n) measures of one queue with a number of agents.
 *
 * <p>When {@code agents <= trafficErlangs} the queue is unstable: {@code pWait} is 1, the service
 * level 0, {@code asaSeconds} and {@code meanQueueLength} are {@link Double#POSITIVE_INFINITY},
 * {@code occupancy} is 1 and {@code stable} is false. This is a valid answer, not an error.
 *
 * @param agents number of agents (servers), {@code >= 1}
 * @param trafficErlangs offered traffic in erlangs
 * @param blocking Erlang B blocking probability with the same agents and traffic
 * @param pWait probability that a contact waits (the Erlang C formula)
 * @param slSeconds service-level threshold in seconds
 * @param serviceLevel probability of answer within {@code slSeconds} (no abandonment: all
 *     definitions agree)
 * @param asaSeconds average speed of answer in seconds over all contacts
 * @param occupancy share of agent time busy, {@code trafficErlangs / agents} capped at 1
 * @param meanQueueLength time-average number of contacts waiting (Lq)
 * @param stable false when {@code agents <= trafficErlangs}
 */
public record ErlangCResult(
    int agents,
    double trafficErlangs,
    double blocking,
    double pWait,
    double slSeconds,
    double serviceLevel,
    double asaSeconds,
    double occupancy,
    double meanQueueLength,
    boolean stable)
    implements QueueMetrics {

  public ErlangCResult {
    Checks.atLeast("agents", agents, 1);
    Checks.atLeast("trafficErlangs", trafficErlangs, 0);
    Checks.probability("blocking", blocking);
    Checks.probability("pWait", pWait);
    Checks.atLeast("slSeconds", slSeconds, 0);
    Checks.probability("serviceLevel", serviceLevel);
    Checks.probability("occupancy", occupancy);
    Checks.notNegativeOrInfinite("asaSeconds", asaSeconds);
    Checks.notNegativeOrInfinite("meanQueueLength", meanQueueLength);
  }

  @Override
  public double pAbandon() {
    return 0;
  }

  @Override
  public double serviceLevel(ServiceLevelDefinition definition) {
    return serviceLevel;
  }
}
