package org.openwfm.simulator.des.scenario;

/**
 * Callback offer: when a voice customer's expected wait on arrival exceeds {@code
 * thresholdSeconds}, a callback is offered and accepted with {@code acceptProbability}; the
 * customer keeps the place in line, no longer abandons, and is called back when the place comes up.
 */
public record Callback(double thresholdSeconds, double acceptProbability) {
  public Callback {
    if (!(thresholdSeconds >= 0)) {
      throw new IllegalArgumentException(
          "callback threshold must be >= 0 seconds, got " + thresholdSeconds);
    }
    Scenario.requireProbability(acceptProbability, "callback accept probability");
  }

  /** No callback offered. */
  public static Callback none() {
    return new Callback(Double.POSITIVE_INFINITY, 0);
  }
}
