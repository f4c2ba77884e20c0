package org.openwfm.simulator.queueing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Staffing: the least agents meeting a queue's targets in one interval.
 *
 * <p>Every measure used here improves with more servers, so the least count meeting every target is
 * found by search from a lower bound that no smaller staffing can meet (the traffic for Erlang C;
 * for Erlang A the answered traffic that the maximum abandonment or the offered service-level
 * target implies, since agents cannot answer more traffic than their number): for Erlang C a walk
 * up one server at a time (a few closed-form steps); for Erlang A, whose bound can lie far below
 * the answer and whose evaluation sums a series, growing steps from the traffic and then bisection.
 * One Erlang B recursion per call serves every probe.
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
    Probe probe = new Probe(sessions, model, sl);
    int servers =
        model instanceof QueueingModel.WithoutAbandonment
            ? walk(probe, targets, start)
            : gallop(probe, targets, start);
    QueueMetrics current = probe.at(servers);
    QueueMetrics previous = servers > 1 ? probe.at(servers - 1) : null;

    double fractionalServers = fractionalServers(model, traffic, targets, previous, current);
    int agents = (servers + perAgent - 1) / perAgent;
    double fractionalAgents = fractionalServers / perAgent;
    if (agents < targets.minAgents()) {
      agents = targets.minAgents();
      fractionalAgents = agents;
    }
    int staffedServers = agents * perAgent;
    QueueMetrics atRequirement = staffedServers == servers ? current : probe.at(staffedServers);
    return new StaffingResult(Math.min(fractionalAgents, agents), agents, atRequirement);
  }

  /**
   * Erlang C: one server at a time from the lower bound, which sits a few servers below the answer,
   * each step costing a closed form.
   */
  private static int walk(Probe probe, StaffingTargets targets, int start) {
    for (int n = start; ; n++) {
      if (targets.isMetBy(probe.at(n))) {
        return n;
      }
      checkLimit(n, probe.traffic);
    }
  }

  /**
   * Erlang A: the lower bound can lie far below the answer (targets on answered contacts only), and
   * each evaluation sums a series, so probe from the traffic with growing steps and then bisect.
   */
  private static int gallop(Probe probe, StaffingTargets targets, int start) {
    int failing = start - 1;
    int servers = Math.max(start, (int) Math.ceil(probe.traffic));
    int step = Math.max(1, (int) Math.sqrt(probe.traffic) / 2);
    while (!targets.isMetBy(probe.at(servers))) {
      checkLimit(servers, probe.traffic);
      failing = servers;
      servers = (int) Math.min(MAX_SERVERS, (long) servers + step);
      step *= 2;
    }
    int meeting = servers;
    while (meeting - failing > 1) {
      int middle = (failing + meeting) >>> 1;
      if (targets.isMetBy(probe.at(middle))) {
        meeting = middle;
      } else {
        failing = middle;
      }
    }
    return meeting;
  }

  private static void checkLimit(int servers, double traffic) {
    if (servers >= MAX_SERVERS) {
      throw new ArithmeticException(
          "no staffing up to " + MAX_SERVERS + " servers meets the targets for traffic " + traffic);
    }
  }

  /**
   * The model evaluated at server counts on demand, each at most once; Erlang B values for 0, 1, 2,
   * ... servers come from one recursion extended as needed.
   */
  private static final class Probe {
    private final Workload sessions;
    private final QueueingModel model;
    private final double slSeconds;
    private final double traffic;
    private final Map<Integer, QueueMetrics> evaluated = new HashMap<>();
    private double[] values = new double[64];
    private int known;

    Probe(Workload sessions, QueueingModel model, double slSeconds) {
      this.sessions = sessions;
      this.model = model;
      this.slSeconds = slSeconds;
      this.traffic = sessions.trafficErlangs();
      values[0] = 1;
    }

    QueueMetrics at(int servers) {
      QueueMetrics metrics = evaluated.get(servers);
      if (metrics == null) {
        metrics = evaluate(servers, blocking(servers));
        evaluated.put(servers, metrics);
      }
      return metrics;
    }

    private QueueMetrics evaluate(int servers, double blocking) {
      if (model instanceof QueueingModel.WithAbandonment abandonment) {
        return ErlangA.fromBlocking(
            servers,
            traffic,
            sessions.ahtSeconds(),
            abandonment.patienceSeconds(),
            slSeconds,
            blocking);
      }
      return ErlangC.fromBlocking(servers, traffic, sessions.ahtSeconds(), slSeconds, blocking);
    }

    private double blocking(int servers) {
      if (servers > known) {
        if (servers >= values.length) {
          values = Arrays.copyOf(values, Math.max(servers + 1, 2 * values.length));
        }
        for (int n = known + 1; n <= servers; n++) {
          values[n] = ErlangB.next(values[n - 1], n, traffic);
        }
        known = servers;
      }
      return values[servers];
    }
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
