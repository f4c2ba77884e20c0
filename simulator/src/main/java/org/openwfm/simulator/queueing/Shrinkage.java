package org.openwfm.simulator.queueing;

/**
 * Shrinkage: the share of paid agent time not available for contacts. The parts add up (each is a
 * share of paid time), and the required agents are grossed up to scheduled agents by {@code 1 / (1
 * - total)}.
 *
 * @param breaks paid breaks and lunch, share of paid time in [0, 1)
 * @param training training and coaching, share of paid time in [0, 1)
 * @param absenteeism unplanned absence, share of paid time in [0, 1); {@link #DEFAULT} uses 10%
 * @param other anything else (meetings, system downtime), share of paid time in [0, 1)
 */
public record Shrinkage(double breaks, double training, double absenteeism, double other) {

  /** Absenteeism of 10%, the contact-centre average, until HR data gives the real rate. */
  public static final double DEFAULT_ABSENTEEISM = 0.10;

  /** Only the default absenteeism. */
  public static final Shrinkage DEFAULT = new Shrinkage(0, 0, DEFAULT_ABSENTEEISM, 0);

  /** No shrinkage at all. */
  public static final Shrinkage NONE = new Shrinkage(0, 0, 0, 0);

  public Shrinkage {
    Checks.fractionBelowOne("breaks", breaks);
    Checks.fractionBelowOne("training", training);
    Checks.fractionBelowOne("absenteeism", absenteeism);
    Checks.fractionBelowOne("other", other);
    double total = breaks + training + absenteeism + other;
    if (total >= 1) {
      throw new IllegalArgumentException(
          "shrinkage parts must add up to less than 1, got " + total);
    }
  }

  /** Total shrinkage, share of paid time in [0, 1). */
  public double total() {
    return breaks + training + absenteeism + other;
  }

  /** Scheduled (paid) agents needed so that {@code requiredAgents} are available, fractional. */
  public double grossUp(double requiredAgents) {
    return requiredAgents / (1 - total());
  }

  /** Scheduled agents as a whole number: the gross-up rounded up. */
  public int scheduledAgents(double requiredAgents) {
    // A hair of tolerance so that 9 / 0.9 stays 10, not 11.
    return (int) Math.ceil(grossUp(requiredAgents) - 1e-9);
  }
}
