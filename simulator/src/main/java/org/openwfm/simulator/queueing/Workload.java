package org.openwfm.simulator.queueing;

/**
 * The contacts offered to one queue in one interval, the unit every queueing model here works on.
 *
 * @param offered contacts arriving during the interval (decimals allowed, {@code >= 0})
 * @param intervalSeconds length of the interval in seconds ({@code > 0}), e.g. 900 for 15 minutes
 * @param ahtSeconds average handle time (talk + hold + wrap-up) in seconds ({@code > 0})
 */
public record Workload(double offered, double intervalSeconds, double ahtSeconds) {

  public Workload {
    Checks.atLeast("offered", offered, 0);
    Checks.positive("intervalSeconds", intervalSeconds);
    Checks.positive("ahtSeconds", ahtSeconds);
  }

  /** Offered traffic in erlangs: arrival rate times handle time. */
  public double trafficErlangs() {
    return offered * ahtSeconds / intervalSeconds;
  }

  /** Arrival rate in contacts per second. */
  public double arrivalRatePerSecond() {
    return offered / intervalSeconds;
  }

  /** The same contacts with another handle time, e.g. a chat session slowed down by concurrency. */
  public Workload withAhtSeconds(double newAhtSeconds) {
    return new Workload(offered, intervalSeconds, newAhtSeconds);
  }
}
