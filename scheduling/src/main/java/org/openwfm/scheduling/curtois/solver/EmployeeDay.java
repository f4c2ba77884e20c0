package org.openwfm.scheduling.curtois.solver;

import java.util.Optional;
import org.openwfm.scheduling.curtois.CurtoisInstance;
import org.openwfm.scheduling.curtois.Employee;
import org.openwfm.scheduling.curtois.ShiftType;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * What one employee does on one day: a shift type, or nothing (a day off) when the planning
 * variable is {@code null}. Every employee has one entity for every day of the horizon, so rules
 * over runs of days see the days off too. Days the instance gives as days off are pinned off.
 */
@PlanningEntity
public class EmployeeDay {

  /** Name of the planning variable, for moves that change it. */
  static final String SHIFT_TYPE = "shiftType";

  @PlanningId private int id;
  private Employee employee;
  private int day;
  private boolean pinned;

  @PlanningVariable(nullable = true)
  private ShiftType shiftType;

  /** For OptaPlanner's cloning. */
  public EmployeeDay() {}

  /**
   * Creates the day of an employee, off and unpinned.
   *
   * @param id unique among the entities of a roster
   * @param employee who
   * @param day day index from 0
   */
  public EmployeeDay(int id, Employee employee, int day) {
    this(id, employee, day, null, false);
  }

  /**
   * Creates the day of an employee.
   *
   * @param id unique among the entities of a roster
   * @param employee who
   * @param day day index from 0
   * @param shiftType the shift type worked, {@code null} for a day off
   * @param pinned whether the solver must leave this day as it is
   */
  public EmployeeDay(int id, Employee employee, int day, ShiftType shiftType, boolean pinned) {
    if (employee == null) {
      throw new IllegalArgumentException("An employee day needs an employee.");
    }
    if (day < 0) {
      throw new IllegalArgumentException("Day index must be >= 0, was " + day);
    }
    this.id = id;
    this.employee = employee;
    this.day = day;
    this.shiftType = shiftType;
    this.pinned = pinned;
  }

  public int getId() {
    return id;
  }

  public Employee employee() {
    return employee;
  }

  public int day() {
    return day;
  }

  @PlanningPin
  public boolean isPinned() {
    return pinned;
  }

  public ShiftType getShiftType() {
    return shiftType;
  }

  public void setShiftType(ShiftType shiftType) {
    this.shiftType = shiftType;
  }

  /** The shift type worked, empty on a day off. */
  public Optional<ShiftType> shift() {
    return Optional.ofNullable(shiftType);
  }

  public boolean isWorked() {
    return shiftType != null;
  }

  /** Minutes worked this day, 0 on a day off. */
  public int minutes() {
    return shiftType == null ? 0 : shiftType.minutes();
  }

  public boolean isWeekend() {
    return CurtoisInstance.isWeekend(day);
  }

  public int weekendIndex() {
    return CurtoisInstance.weekendIndex(day);
  }

  @Override
  public String toString() {
    return employee + "@" + day + "=" + (shiftType == null ? "-" : shiftType.id());
  }
}
