package org.openwfm.scheduling.curtois;

/**
 * How many employees should work a shift type on a day, and the objective cost per employee short
 * or in excess.
 *
 * @param day day index from 0
 * @param shiftType the shift type to cover
 * @param requirement employees wanted, at least 0
 * @param underWeight cost per employee missing, at least 0
 * @param overWeight cost per employee in excess, at least 0
 */
public record CoverRequirement(
    int day, ShiftType shiftType, int requirement, int underWeight, int overWeight) {

  public CoverRequirement {
    if (shiftType == null) {
      throw new IllegalArgumentException("Cover requirement needs a shift type.");
    }
    if (day < 0 || requirement < 0 || underWeight < 0 || overWeight < 0) {
      throw new IllegalArgumentException(
          "Cover requirement for day "
              + day
              + " shift "
              + shiftType
              + ": day, requirement and weights must be >= 0");
    }
  }

  /** Objective cost when {@code assigned} employees work this shift type on this day. */
  public int cost(int assigned) {
    return assigned < requirement
        ? (requirement - assigned) * underWeight
        : (assigned - requirement) * overWeight;
  }
}
