package org.openwfm.scheduling.curtois.solver;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * The weight of every constraint, in one place a planner can change.
 *
 * <p>Hard rules are penalised in their natural unit (a shift, a day, a weekend, a minute). Rules
 * counted in days weigh {@value #HARD_PER_DAY} hard per unit so that one day too many or too few
 * weighs like an hour outside the contracted minutes; this keeps the hard score a smooth guide for
 * the search. Soft goals carry the instance's own weights, so the default soft weight of 1 makes
 * the soft score equal to minus the benchmark objective.
 */
@ConstraintConfiguration
public class CurtoisConstraintConfiguration {

  static final String FORBIDDEN_SUCCESSION = "Forbidden shift succession";
  static final String MAX_SHIFTS_PER_TYPE = "Maximum shifts per type";
  static final String MAX_TOTAL_MINUTES = "Maximum total minutes";
  static final String MIN_TOTAL_MINUTES = "Minimum total minutes";
  static final String MAX_CONSECUTIVE_SHIFTS = "Maximum consecutive shifts";
  static final String MIN_CONSECUTIVE_SHIFTS = "Minimum consecutive shifts";
  static final String MIN_CONSECUTIVE_DAYS_OFF = "Minimum consecutive days off";
  static final String MAX_WEEKENDS = "Maximum weekends";
  static final String DAY_OFF = "Day off";
  static final String SHIFT_ON_REQUEST = "Shift on request";
  static final String SHIFT_OFF_REQUEST = "Shift off request";
  static final String COVER_UNDER = "Cover under requirement";
  static final String COVER_OVER = "Cover over requirement";

  /** Hard weight of one unit of a rule counted in days, shifts or weekends. */
  public static final int HARD_PER_DAY = 60;

  @ConstraintWeight(FORBIDDEN_SUCCESSION)
  private HardSoftScore forbiddenSuccession = HardSoftScore.ofHard(HARD_PER_DAY);

  @ConstraintWeight(MAX_SHIFTS_PER_TYPE)
  private HardSoftScore maxShiftsPerType = HardSoftScore.ofHard(HARD_PER_DAY);

  @ConstraintWeight(MAX_TOTAL_MINUTES)
  private HardSoftScore maxTotalMinutes = HardSoftScore.ofHard(1);

  @ConstraintWeight(MIN_TOTAL_MINUTES)
  private HardSoftScore minTotalMinutes = HardSoftScore.ofHard(1);

  @ConstraintWeight(MAX_CONSECUTIVE_SHIFTS)
  private HardSoftScore maxConsecutiveShifts = HardSoftScore.ofHard(HARD_PER_DAY);

  @ConstraintWeight(MIN_CONSECUTIVE_SHIFTS)
  private HardSoftScore minConsecutiveShifts = HardSoftScore.ofHard(HARD_PER_DAY);

  @ConstraintWeight(MIN_CONSECUTIVE_DAYS_OFF)
  private HardSoftScore minConsecutiveDaysOff = HardSoftScore.ofHard(HARD_PER_DAY);

  @ConstraintWeight(MAX_WEEKENDS)
  private HardSoftScore maxWeekends = HardSoftScore.ofHard(HARD_PER_DAY);

  @ConstraintWeight(DAY_OFF)
  private HardSoftScore dayOff = HardSoftScore.ofHard(HARD_PER_DAY);

  @ConstraintWeight(SHIFT_ON_REQUEST)
  private HardSoftScore shiftOnRequest = HardSoftScore.ofSoft(1);

  @ConstraintWeight(SHIFT_OFF_REQUEST)
  private HardSoftScore shiftOffRequest = HardSoftScore.ofSoft(1);

  @ConstraintWeight(COVER_UNDER)
  private HardSoftScore coverUnder = HardSoftScore.ofSoft(1);

  @ConstraintWeight(COVER_OVER)
  private HardSoftScore coverOver = HardSoftScore.ofSoft(1);

  /** The default weights described above. */
  public CurtoisConstraintConfiguration() {}

  public HardSoftScore getForbiddenSuccession() {
    return forbiddenSuccession;
  }

  public void setForbiddenSuccession(HardSoftScore weight) {
    this.forbiddenSuccession = weight;
  }

  public HardSoftScore getMaxShiftsPerType() {
    return maxShiftsPerType;
  }

  public void setMaxShiftsPerType(HardSoftScore weight) {
    this.maxShiftsPerType = weight;
  }

  public HardSoftScore getMaxTotalMinutes() {
    return maxTotalMinutes;
  }

  public void setMaxTotalMinutes(HardSoftScore weight) {
    this.maxTotalMinutes = weight;
  }

  public HardSoftScore getMinTotalMinutes() {
    return minTotalMinutes;
  }

  public void setMinTotalMinutes(HardSoftScore weight) {
    this.minTotalMinutes = weight;
  }

  public HardSoftScore getMaxConsecutiveShifts() {
    return maxConsecutiveShifts;
  }

  public void setMaxConsecutiveShifts(HardSoftScore weight) {
    this.maxConsecutiveShifts = weight;
  }

  public HardSoftScore getMinConsecutiveShifts() {
    return minConsecutiveShifts;
  }

  public void setMinConsecutiveShifts(HardSoftScore weight) {
    this.minConsecutiveShifts = weight;
  }

  public HardSoftScore getMinConsecutiveDaysOff() {
    return minConsecutiveDaysOff;
  }

  public void setMinConsecutiveDaysOff(HardSoftScore weight) {
    this.minConsecutiveDaysOff = weight;
  }

  public HardSoftScore getMaxWeekends() {
    return maxWeekends;
  }

  public void setMaxWeekends(HardSoftScore weight) {
    this.maxWeekends = weight;
  }

  public HardSoftScore getDayOff() {
    return dayOff;
  }

  public void setDayOff(HardSoftScore weight) {
    this.dayOff = weight;
  }

  public HardSoftScore getShiftOnRequest() {
    return shiftOnRequest;
  }

  public void setShiftOnRequest(HardSoftScore weight) {
    this.shiftOnRequest = weight;
  }

  public HardSoftScore getShiftOffRequest() {
    return shiftOffRequest;
  }

  public void setShiftOffRequest(HardSoftScore weight) {
    this.shiftOffRequest = weight;
  }

  public HardSoftScore getCoverUnder() {
    return coverUnder;
  }

  public void setCoverUnder(HardSoftScore weight) {
    this.coverUnder = weight;
  }

  public HardSoftScore getCoverOver() {
    return coverOver;
  }

  public void setCoverOver(HardSoftScore weight) {
    this.coverOver = weight;
  }
}
