package org.openwfm.simulator.queueing;

/**
 * Erlang B (M/M/n/n loss system): probability that an arriving contact finds all servers busy.
 *
 * <p>Computed with the forward recursion {@code B(k) = a B(k-1) / (k + a B(k-1))}, which is
 * numerically stable, needs no factorials and accepts fractional traffic; cost is linear in the
 * number of servers (10,000 servers take microseconds).
 */
public final class ErlangB {

  private ErlangB() {}

  /**
   * Blocking probability.
   *
   * @param servers number of servers, {@code >= 0}
   * @param trafficErlangs offered traffic in erlangs, {@code >= 0}, fractional allowed
   * @return the blocking probability in [0, 1]; 0 only when it underflows double precision (below
   *     1e-308)
   */
  public static double blocking(int servers, double trafficErlangs) {
    Checks.atLeast("servers", servers, 0);
    Checks.atLeast("trafficErlangs", trafficErlangs, 0);
    double b = 1.0;
    for (int k = 1; k <= servers; k++) {
      b = next(b, k, trafficErlangs);
    }
    return b;
  }

  /**
   * One step of the recursion: blocking with {@code servers} from blocking with one server fewer.
   */
  static double next(double previous, int servers, double trafficErlangs) {
    double ab = trafficErlangs * previous;
    return ab / (servers + ab);
  }
}
