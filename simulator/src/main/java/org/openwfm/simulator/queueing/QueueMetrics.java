package org.openwfm.simulator.queueing;

/**
 * Steady-state measures of one queue staffed with a number of servers, common to the Erlang C and A
 * results. Probabilities are in [0, 1]; times are in seconds.
 */
public interface QueueMetrics {

  /** Number of servers (agents, or chat slots when concurrency applies). */
  int agents();

  /** Offered traffic in erlangs. */
  double trafficErlangs();

  /** Probability that an arriving contact has to wait (finds every server busy). */
  double pWait();

  /** Probability that an arriving contact abandons; 0 in models without abandonment. */
  double pAbandon();

  /** The threshold of the service level, seconds. */
  double slSeconds();

  /** Service level at {@link #slSeconds()} under the given definition. */
  double serviceLevel(ServiceLevelDefinition definition);

  /**
   * Average speed of answer of answered contacts in seconds (answered without waiting count as 0);
   * {@link Double#POSITIVE_INFINITY} when the queue is unstable.
   */
  double asaSeconds();

  /** Share of server time spent handling contacts, in [0, 1]. */
  double occupancy();

  /** Time-average number of contacts waiting; {@link Double#POSITIVE_INFINITY} when unstable. */
  double meanQueueLength();

  /**
   * False when the queue grows without bound (Erlang C with agents not above the traffic): then
   * P(wait) is 1, the service level 0 and ASA and queue length are infinite.
   */
  boolean stable();
}
