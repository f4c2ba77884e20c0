package org.openwfm.scheduling.domain;

/**
 * Rules of the schedule that are not weights: break placement and what counts as a late shift (one
 * that ends after {@code lateShiftEndMinute}, local minutes from midnight).
 */
public record ScheduleRules(BreakRules breaks, int lateShiftEndMinute) {

  /** Default breaks; a late shift ends after 20:00 local time. */
  public static final ScheduleRules DEFAULT = new ScheduleRules(BreakRules.DEFAULT, 20 * 60);

  public ScheduleRules {
    if (breaks == null) {
      throw new IllegalArgumentException("schedule rules need break rules");
    }
    if (lateShiftEndMinute < 0 || lateShiftEndMinute > 1440) {
      throw new IllegalArgumentException("late shift end must be 0 to 1440 minutes");
    }
  }
}
