package org.openwfm.scheduling.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The one place where a planner sets how much each rule weighs. Each constraint's match weight is
 * in natural units (minutes, days, agents); the score is match weight times the weight here. A
 * weight of zero switches the rule off. Hard rules weigh 1 hard per unit by default.
 */
@ConstraintConfiguration
public class ScheduleConstraintConfiguration {

  public static final String MINIMUM_REST = "Minimum rest between shifts";
  public static final String MAX_CONSECUTIVE_DAYS = "Maximum consecutive working days";
  public static final String WEEKLY_MINIMUM = "Weekly minimum contract hours";
  public static final String WEEKLY_MAXIMUM = "Weekly maximum contract hours";
  public static final String AVAILABILITY = "Availability";
  public static final String TIME_OFF = "Approved time off";
  public static final String REMOTE_HOURS = "Remote agent's local hours";
  public static final String SKILLS = "Skills";
  public static final String WORK_MODE_LOCATION = "Work mode location";
  public static final String OFFICE_SEATS = "Office seats";
  public static final String UNDER_COVERAGE = "Under-coverage";
  public static final String OVER_COVERAGE = "Over-coverage";
  public static final String PREFERRED_DAY_OFF = "Preferred day off";
  public static final String PREFERRED_START = "Preferred start time";
  public static final String WEEKEND_FAIRNESS = "Weekend fairness";
  public static final String LATE_SHIFT_FAIRNESS = "Late shift fairness";
  public static final String OFFICE_DAYS = "Hybrid office days";
  public static final String STABILITY = "Change from previous schedule";

  @ConstraintWeight(MINIMUM_REST)
  private HardSoftLongScore minimumRest = HardSoftLongScore.ONE_HARD;

  @ConstraintWeight(MAX_CONSECUTIVE_DAYS)
  private HardSoftLongScore maxConsecutiveDays = HardSoftLongScore.ONE_HARD;

  @ConstraintWeight(WEEKLY_MINIMUM)
  private HardSoftLongScore weeklyMinimum = HardSoftLongScore.ONE_HARD;

  @ConstraintWeight(WEEKLY_MAXIMUM)
  private HardSoftLongScore weeklyMaximum = HardSoftLongScore.ONE_HARD;

  @ConstraintWeight(AVAILABILITY)
  private HardSoftLongScore availability = HardSoftLongScore.ONE_HARD;

  @ConstraintWeight(TIME_OFF)
  private HardSoftLongScore timeOff = HardSoftLongScore.ONE_HARD;

  @ConstraintWeight(REMOTE_HOURS)
  private HardSoftLongScore remoteHours = HardSoftLongScore.ONE_HARD;

  @ConstraintWeight(SKILLS)
  private HardSoftLongScore skills = HardSoftLongScore.ONE_HARD;

  @ConstraintWeight(WORK_MODE_LOCATION)
  private HardSoftLongScore workModeLocation = HardSoftLongScore.ONE_HARD;

  @ConstraintWeight(OFFICE_SEATS)
  private HardSoftLongScore officeSeats = HardSoftLongScore.ONE_HARD;

  @ConstraintWeight(UNDER_COVERAGE)
  private HardSoftLongScore underCoverage = HardSoftLongScore.ofSoft(10);

  @ConstraintWeight(OVER_COVERAGE)
  private HardSoftLongScore overCoverage = HardSoftLongScore.ofSoft(1);

  @ConstraintWeight(PREFERRED_DAY_OFF)
  private HardSoftLongScore preferredDayOff = HardSoftLongScore.ofSoft(300);

  @ConstraintWeight(PREFERRED_START)
  private HardSoftLongScore preferredStart = HardSoftLongScore.ofSoft(3);

  @ConstraintWeight(WEEKEND_FAIRNESS)
  private HardSoftLongScore weekendFairness = HardSoftLongScore.ofSoft(100);

  @ConstraintWeight(LATE_SHIFT_FAIRNESS)
  private HardSoftLongScore lateShiftFairness = HardSoftLongScore.ofSoft(30);

  @ConstraintWeight(OFFICE_DAYS)
  private HardSoftLongScore officeDays = HardSoftLongScore.ofSoft(300);

  @ConstraintWeight(STABILITY)
  private HardSoftLongScore stability = HardSoftLongScore.ofSoft(500);

  /** All weights by constraint name, in declaration order. */
  public Map<String, HardSoftLongScore> weights() {
    Map<String, HardSoftLongScore> map = new LinkedHashMap<>();
    map.put(MINIMUM_REST, minimumRest);
    map.put(MAX_CONSECUTIVE_DAYS, maxConsecutiveDays);
    map.put(WEEKLY_MINIMUM, weeklyMinimum);
    map.put(WEEKLY_MAXIMUM, weeklyMaximum);
    map.put(AVAILABILITY, availability);
    map.put(TIME_OFF, timeOff);
    map.put(REMOTE_HOURS, remoteHours);
    map.put(SKILLS, skills);
    map.put(WORK_MODE_LOCATION, workModeLocation);
    map.put(OFFICE_SEATS, officeSeats);
    map.put(UNDER_COVERAGE, underCoverage);
    map.put(OVER_COVERAGE, overCoverage);
    map.put(PREFERRED_DAY_OFF, preferredDayOff);
    map.put(PREFERRED_START, preferredStart);
    map.put(WEEKEND_FAIRNESS, weekendFairness);
    map.put(LATE_SHIFT_FAIRNESS, lateShiftFairness);
    map.put(OFFICE_DAYS, officeDays);
    map.put(STABILITY, stability);
    return map;
  }

  /**
   * Changes one weight by constraint name.
   *
   * @throws IllegalArgumentException for an unknown name or a negative weight
   */
  public void setWeight(String constraintName, HardSoftLongScore weight) {
    if (weight.hardScore() < 0 || weight.softScore() < 0) {
      throw new IllegalArgumentException(
          "weight of \"" + constraintName + "\" must not be negative, got " + weight);
    }
    switch (constraintName) {
      case MINIMUM_REST -> minimumRest = weight;
      case MAX_CONSECUTIVE_DAYS -> maxConsecutiveDays = weight;
      case WEEKLY_MINIMUM -> weeklyMinimum = weight;
      case WEEKLY_MAXIMUM -> weeklyMaximum = weight;
      case AVAILABILITY -> availability = weight;
      case TIME_OFF -> timeOff = weight;
      case REMOTE_HOURS -> remoteHours = weight;
      case SKILLS -> skills = weight;
      case WORK_MODE_LOCATION -> workModeLocation = weight;
      case OFFICE_SEATS -> officeSeats = weight;
      case UNDER_COVERAGE -> underCoverage = weight;
      case OVER_COVERAGE -> overCoverage = weight;
      case PREFERRED_DAY_OFF -> preferredDayOff = weight;
      case PREFERRED_START -> preferredStart = weight;
      case WEEKEND_FAIRNESS -> weekendFairness = weight;
      case LATE_SHIFT_FAIRNESS -> lateShiftFairness = weight;
      case OFFICE_DAYS -> officeDays = weight;
      case STABILITY -> stability = weight;
      default -> throw new IllegalArgumentException(
          "unknown constraint \"" + constraintName + "\"; expected one of " + weights().keySet());
    }
  }
}
