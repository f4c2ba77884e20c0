package org.openwfm.simulator.queueing;

/**
 * Staffing: the least agents meeting a queue's targets in one interval.
 *
 * <p>Walks the number of servers up from a lower bound that no staffing below can meet (the traffic
 * for Erlang C; the traffic times the service-level or answered-share target for Erlang A),
 * updating the Erlang B value by its recursion, so each step costs one evaluation of the model.
 * Every measure used here improves with more servers, so the first count meeting every target is
 * the least one.
 */
public final class Staffing {

  /** Servers beyond which the walk gives up: far above any real queue. */
  static final int MAX_SERVERS = 10_000_000;

  private Staffing() {}

  /**
   * Requirement of one queue in one interval.
   *
   * @param workload contacts, interval and handle time (of a session handled alone, for chat)
   * @param model Erlang C or A
   * @param concurrency sessions per agent and their slowdown; {@link Concurrency#NONE} for voice
   * @param targets the targets, at least one, and the minimum staffing
   * @throws IllegalArgumentException when no target is set
   */
  public static StaffingResult requirement(
      Workload workload, QueueingModel model, Concurrency concurrency, StaffingTargets targets) {
    if (!targets.hasTarget()) {
      throw new IllegalArgumentException(
          "targets must set at least one of serviceLevel, maxAsaSeconds, maxAbandon, maxOccupancy");
    }
    Workload sessions =
        workload.withAhtSeconds(concurrency.sessionAhtSeconds(workload.ahtSeconds()));
    int perAgent = concurrency.sessionsPerAgent();
    double traffic = sessions.trafficErlangs();
    double sl = targets.slSeconds();
    if (traffic == 0) {
      int agents = targets.minAgents();
      return new StaffingResult(
          agents, agents, model.evaluate(sessions, Math.max(1, agents * perAgent), sl));
    }

    int start = Math.max(1, (int) Math.floor(lowerBound(model, traffic, targets)));
    double blocking = ErlangB.blocking(start - 1, traffic);
    QueueMetrics previous = start > 1 ? model.evaluate(sessions, start - 1, sl, blocking) : null;
    int servers = start;
    QueueMetrics current;
    while (true) {
      blocking = ErlangB.next(blocking, servers, traffic);
      current = model.evaluate(sessions, servers, sl, blocking);
      if (targets.isMetBy(current)) {
        break;
      }
      if (servers >= MAX_SERVERS) {
        throw new ArithmeticException(
            "no staffing up to "
                + MAX_SERVERS
                + " servers meets the targets for traffic "
                + traffic);
      }
      previous = current;
      servers++;
    }

    double fractionalServers = fractionalServers(model, traffic, targets, previous, current);
    int agents = (servers + perAgent - 1) / perAgent;
    double fractionalAgents = fractionalServers / perAgent;
    if (agents < targets.minAgents()) {
      agents = targets.minAgents();
      fractionalAgents = agents;
    }
    int staffedServers = agents * perAgent;
    for (int n = servers + 1; n <= staffedServers; n++) {
      blocking = ErlangB.next(blocking, n, traffic);
    }
    QueueMetrics atRequirement =
        staffedServers == servers
            ? current
            : model.evaluate(sessions, staffedServers, sl, blocking);
    return new StaffingResult(Math.min(fractionalAgents, agents), agents, atRequirement);
  }

  /** Servers below which no staffing can meet the targets. */
  private static double lowerBound(QueueingModel model, double traffic, StaffingTargets targets) {
    if (model instanceof QueueingModel.WithoutAbandonment) {
      double bound = Math.floor(traffic) + 1;
      if (targets.maxOccupancy().isPresent()) {
        bound = Math.max(bound, traffic / targets.maxOccupancy().getAsDouble());
      }
      return bound;
    }
    // Answered traffic traffic * (1 - P(abandon)) cannot exceed the servers.
    double bound = 1;
    if (targets.maxAbandon().isPresent()) {
      bound = Math.max(bound, traffic * (1 - targets.maxAbandon().getAsDouble()));
    }
    if (targets.serviceLevel().isPresent()
        && targets.slDefinition() == ServiceLevelDefinition.OFFERED) {
      bound = Math.max(bound, traffic * targets.serviceLevel().getAsDouble());
    }
    return bound;
  }

  /**
   * Servers as a real number: for each target that the count below fails, the point where the line
   * through the two counts reaches the target; the largest of them.
   */
  private static double fractionalServers(
      QueueingModel model,
      double traffic,
      StaffingTargets targets,
      QueueMetrics previous,
      QueueMetrics current) {
    int n = current.agents();
    double below = n - 1;
    double result = below;
    boolean anyFailing = false;
    double slBelow = previous == null ? 0 : previous.serviceLevel(targets.slDefinition());
    double asaRateBelow = previous == null ? 0 : 1 / previous.asaSeconds();
    double abandonBelow = previous == null ? 1 : previous.pAbandon();
    if (targets.serviceLevel().isPresent()) {
      double target = targets.serviceLevel().getAsDouble();
      if (slBelow < target || previous == null || !previous.stable()) {
        anyFailing = true;
        double slAt = current.serviceLevel(targets.slDefinition());
        result = Math.max(result, below + share(target - slBelow, slAt - slBelow));
      }
    }
    if (targets.maxAsaSeconds().isPresent()) {
      double rateTarget = 1 / targets.maxAsaSeconds().getAsDouble();
      if (asaRateBelow < rateTarget || previous == null || !previous.stable()) {
        anyFailing = true;
        double rateAt = 1 / current.asaSeconds();
        result = Math.max(result, below + share(rateTarget - asaRateBelow, rateAt - asaRateBelow));
      }
    }
    if (targets.maxAbandon().isPresent()) {
      double target = targets.maxAbandon().getAsDouble();
      if (abandonBelow > target || previous == null) {
        anyFailing = true;
        double at = current.pAbandon();
        result = Math.max(result, below + share(abandonBelow - target, abandonBelow - at));
      }
    }
    if (targets.maxOccupancy().isPresent()) {
      // Carried traffic over the occupancy cap: exact for Erlang C, carried load at n for Erlang A.
      double carried = traffic * (1 - current.pAbandon());
      double exact = carried / targets.maxOccupancy().getAsDouble();
      if (exact > below) {
        anyFailing = true;
        result = Math.max(result, exact);
      }
    }
    if (!anyFailing) {
      // Only stability failed below: Erlang C needs just more servers than the traffic.
      result = Math.max(below, traffic);
    }
    if (model instanceof QueueingModel.WithoutAbandonment) {
      result = Math.max(result, traffic);
    }
    return Math.min(result, n);
  }

  /** Share of the step from the count below to the count meeting the target, in (0, 1]. */
  private static double share(double needed, double step) {
    if (!(step > 0)) {
      return 1;
    }
    return Math.max(0, Math.min(1, needed / step));
  }
}
