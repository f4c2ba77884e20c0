package org.openwfm.scheduling.solver;

/**
 * Requirement and coverage of one queue in one grid slot, both in hundredths of an agent.
 *
 * @param slot index on the requirement grid (15-minute intervals from the horizon start)
 */
public record IntervalGap(String queueId, int slot, int requiredHundredths, int coveredHundredths) {

  /** Agents short (0 when covered). */
  public double shortfallAgents() {
    return Math.max(0, requiredHundredths - coveredHundredths) / 100.0;
  }

  /** Agents beyond the requirement (0 when not over). */
  public double surplusAgents() {
    return Math.max(0, coveredHundredths - requiredHundredths) / 100.0;
  }
}
