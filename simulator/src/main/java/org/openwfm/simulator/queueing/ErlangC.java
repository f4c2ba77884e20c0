package org.openwfm.simulator.queueing;

/**
 * Erlang C (M/M/n: Poisson arrivals, exponential handle times, n agents, infinite patience, first
 * come first served). Exact closed forms built on the Erlang B recursion, so they hold for
 * fractional traffic and for any number of agents up to at least 10,000 (no factorials, no
 * overflow).
 */
public final class ErlangC {

  private ErlangC() {}

  /**
   * Measures of a queue with the given workload and agents.
   *
   * @param workload contacts, interval and handle time
   * @param agents number of agents, {@code >= 1}
   * @param slSeconds service-level threshold in seconds, {@code >= 0}
   */
  public static ErlangCResult evaluate(Workload workload, int agents, double slSeconds) {
    Checks.atLeast("agents", agents, 1);
    Checks.atLeast("slSeconds", slSeconds, 0);
    double traffic = workload.trafficErlangs();
    return fromBlocking(
        agents, traffic, workload.ahtSeconds(), slSeconds, ErlangB.blocking(agents, traffic));
  }

  /**
   * Probability of waiting from the Erlang B blocking of the same agents and traffic, 1 when
   * unstable.
   *
   * @param agents number of agents
   * @param trafficErlangs offered traffic in erlangs
   * @param blocking Erlang B with {@code agents} and {@code trafficErlangs}
   */
  static double pWait(int agents, double trafficErlangs, double blocking) {
    if (agents <= trafficErlangs) {
      return 1;
    }
    // C = n B / (n - a (1 - B)), with the denominator grouped as (n - a) + a B to keep it positive.
    return Math.min(1, agents * blocking / ((agents - trafficErlangs) + trafficErlangs * blocking));
  }

  /**
   * Builds the result when the Erlang B value is already known (staffing walks agents up one by
   * one).
   */
  static ErlangCResult fromBlocking(
      int agents, double traffic, double ahtSeconds, double slSeconds, double blocking) {
    if (agents <= traffic) {
      return new ErlangCResult(
          agents,
          traffic,
          blocking,
          1,
          slSeconds,
          0,
          Double.POSITIVE_INFINITY,
          1,
          Double.POSITIVE_INFINITY,
          false);
    }
    double pWait = pWait(agents, traffic, blocking);
    double spare = agents - traffic;
    double serviceLevel = Math.max(0, 1 - pWait * Math.exp(-spare * slSeconds / ahtSeconds));
    double asa = pWait * ahtSeconds / spare;
    double queueLength = pWait * traffic / spare;
    return new ErlangCResult(
        agents,
        traffic,
        blocking,
        pWait,
        slSeconds,
        serviceLevel,
        asa,
        traffic / agents,
        queueLength,
        true);
  }
}
