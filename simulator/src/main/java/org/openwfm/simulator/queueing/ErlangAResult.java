package org.openwfm.simulator.queueing;

/**
 * Erlang A (M/M/n+M) measures of one queue with a number of agents. Always stable: contacts that
 * wait too long abandon, so overloaded queues have finite waits and a high abandonment probability.
 *
 * @param agents number of agents (servers), {@code >= 1}
 * @param trafficErlangs offered traffic in erlangs
 * @param patienceSeconds mean patience (time a contact is willing to wait) in seconds
 * @param pWait probability that an arriving contact finds every agent busy
 * @param pAbandon probability that an arriving contact abandons before being answered
 * @param slSeconds service-level threshold in seconds
 * @param answeredWithin probability that a contact is answered within {@code slSeconds} (waiting 0
 *     included)
 * @param abandonedWithin probability that a contact abandons within {@code slSeconds}
 * @param asaSeconds average wait of answered contacts in seconds (answered without waiting count as
 *     0)
 * @param meanWaitSeconds average time in queue of all offered contacts in seconds, abandoned ones
 *     included
 * @param occupancy share of agent time busy: answered traffic divided by agents
 * @param meanQueueLength time-average number of contacts waiting
 */
public record ErlangAResult(
    int agents,
    double trafficErlangs,
    double patienceSeconds,
    double pWait,
    double pAbandon,
    double slSeconds,
    double answeredWithin,
    double abandonedWithin,
    double asaSeconds,
    double meanWaitSeconds,
    double occupancy,
    double meanQueueLength)
    implements QueueMetrics {

  public ErlangAResult {
    Checks.atLeast("agents", agents, 1);
    Checks.atLeast("trafficErlangs", trafficErlangs, 0);
    Checks.positive("patienceSeconds", patienceSeconds);
    Checks.probability("pWait", pWait);
    Checks.probability("pAbandon", pAbandon);
    Checks.atLeast("slSeconds", slSeconds, 0);
    Checks.probability("answeredWithin", answeredWithin);
    Checks.probability("abandonedWithin", abandonedWithin);
    Checks.atLeast("asaSeconds", asaSeconds, 0);
    Checks.atLeast("meanWaitSeconds", meanWaitSeconds, 0);
    Checks.probability("occupancy", occupancy);
    Checks.atLeast("meanQueueLength", meanQueueLength, 0);
  }

  /** Answered within the threshold divided by offered: the default definition. */
  public double serviceLevelOffered() {
    return answeredWithin;
  }

  /** Answered within the threshold divided by answered. */
  public double serviceLevelAnswered() {
    double answered = 1 - pAbandon;
    return answered > 0 ? Math.min(1, answeredWithin / answered) : 0;
  }

  /** Answered within the threshold divided by offered minus abandoned within the threshold. */
  public double serviceLevelExcludingShortAbandons() {
    double counted = 1 - abandonedWithin;
    return counted > 0 ? Math.min(1, answeredWithin / counted) : 0;
  }

  @Override
  public double serviceLevel(ServiceLevelDefinition definition) {
    return switch (definition) {
      case OFFERED -> serviceLevelOffered();
      case ANSWERED -> serviceLevelAnswered();
      case OFFERED_EXCLUDING_SHORT_ABANDONS -> serviceLevelExcludingShortAbandons();
    };
  }

  @Override
  public boolean stable() {
    return true;
  }
}
