package org.openwfm.simulator.des.scenario;

import org.openwfm.simulator.des.random.Constant;
import org.openwfm.simulator.des.random.Distribution;

/**
 * Retrials of customers who abandoned or balked: with {@code probability} they call again after a
 * delay drawn from {@code delay} (seconds).
 */
public record Retrial(double probability, Distribution delay) {
  public Retrial {
    Scenario.requireProbability(probability, "retrial probability");
  }

  /** No retrials. */
  public static Retrial none() {
    return new Retrial(0, new Constant(0));
  }
}
