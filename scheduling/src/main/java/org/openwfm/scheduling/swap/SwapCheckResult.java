package org.openwfm.scheduling.swap;

import java.util.List;

/**
 * The verdict on a proposed trade: the hard rules it would break (each in words, only those not
 * already broken before), the score before and after, and the coverage change per queue and
 * interval where it changes (agents, before and after).
 */
public record SwapCheckResult(
    boolean acceptable,
    List<String> brokenHardRules,
    String scoreBefore,
    String scoreAfter,
    List<CoverageChange> coverageChanges) {

  /** Coverage of one queue in one interval ({@code start} ISO-8601 with the centre's offset). */
  public record CoverageChange(
      String start, String queue, double required, double coveredBefore, double coveredAfter) {}

  /** Net change in agents short over all changed intervals (positive: more shortfall). */
  public double shortfallChangeAgentIntervals() {
    double change = 0;
    for (CoverageChange c : coverageChanges) {
      change +=
          Math.max(0, c.required() - c.coveredAfter()) - Math.max(0, c.required() - c.coveredBefore());
    }
    return change;
  }
}
