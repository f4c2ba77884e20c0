package org.openwfm.simulator.des.scenario;

import org.openwfm.simulator.des.random.Constant;
import org.openwfm.simulator.des.random.Distribution;

/**
 * First-contact resolution: a served contact is resolved with probability {@code rate}; otherwise
 * the customer comes back to the same queue as a repeat contact after a delay drawn from {@code
 * repeatDelay} (seconds).
 */
public record FirstContactResolution(double rate, Distribution repeatDelay) {
  public FirstContactResolution {
    Scenario.requireProbability(rate, "first-contact resolution rate");
  }

  /** Every contact is resolved at first contact. */
  public static FirstContactResolution always() {
    return new FirstContactResolution(1, new Constant(0));
  }
}
