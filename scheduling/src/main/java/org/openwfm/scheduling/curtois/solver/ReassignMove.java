package org.openwfm.scheduling.curtois.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.openwfm.scheduling.curtois.ShiftType;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Sets several employee days to new shift types (or off) at once: the building block of the block
 * moves, which change whole runs of days so that run-length rules are not broken on the way.
 */
final class ReassignMove extends AbstractMove<CurtoisRoster> {

  private final EmployeeDay[] employeeDays;
  private final ShiftType[] newShiftTypes;

  /** Each entity at most once; {@code null} in {@code newShiftTypes} means a day off. */
  ReassignMove(EmployeeDay[] employeeDays, ShiftType[] newShiftTypes) {
    if (employeeDays.length != newShiftTypes.length) {
      throw new IllegalArgumentException("One new shift type per employee day is needed.");
    }
    this.employeeDays = employeeDays;
    this.newShiftTypes = newShiftTypes;
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<CurtoisRoster> scoreDirector) {
    for (int i = 0; i < employeeDays.length; i++) {
      if (employeeDays[i].getShiftType() != newShiftTypes[i]) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected ReassignMove createUndoMove(ScoreDirector<CurtoisRoster> scoreDirector) {
    ShiftType[] old = new ShiftType[employeeDays.length];
    for (int i = 0; i < employeeDays.length; i++) {
      old[i] = employeeDays[i].getShiftType();
    }
    return new ReassignMove(employeeDays, old);
  }

  @Override
  protected void doMoveOnGenuineVariables(ScoreDirector<CurtoisRoster> scoreDirector) {
    for (int i = 0; i < employeeDays.length; i++) {
      EmployeeDay employeeDay = employeeDays[i];
      if (employeeDay.getShiftType() != newShiftTypes[i]) {
        scoreDirector.beforeVariableChanged(employeeDay, EmployeeDay.SHIFT_TYPE);
        employeeDay.setShiftType(newShiftTypes[i]);
        scoreDirector.afterVariableChanged(employeeDay, EmployeeDay.SHIFT_TYPE);
      }
    }
  }

  @Override
  public ReassignMove rebase(ScoreDirector<CurtoisRoster> destinationScoreDirector) {
    EmployeeDay[] rebasedDays = new EmployeeDay[employeeDays.length];
    ShiftType[] rebasedTypes = new ShiftType[newShiftTypes.length];
    for (int i = 0; i < employeeDays.length; i++) {
      rebasedDays[i] = destinationScoreDirector.lookUpWorkingObject(employeeDays[i]);
      rebasedTypes[i] =
          newShiftTypes[i] == null
              ? null
              : destinationScoreDirector.lookUpWorkingObject(newShiftTypes[i]);
    }
    return new ReassignMove(rebasedDays, rebasedTypes);
  }

  @Override
  public Collection<EmployeeDay> getPlanningEntities() {
    return Arrays.asList(employeeDays);
  }

  @Override
  public Collection<ShiftType> getPlanningValues() {
    List<ShiftType> values = new ArrayList<>();
    for (ShiftType shiftType : newShiftTypes) {
      if (shiftType != null) {
        values.add(shiftType);
      }
    }
    return values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReassignMove move
        && Arrays.equals(employeeDays, move.employeeDays)
        && Arrays.equals(newShiftTypes, move.newShiftTypes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(employeeDays), Arrays.hashCode(newShiftTypes));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Reassign[");
    for (int i = 0; i < employeeDays.length; i++) {
      text.append(i == 0 ? "" : ", ")
          .append(employeeDays[i].employee())
          .append('@')
          .append(employeeDays[i].day())
          .append("->")
          .append(newShiftTypes[i] == null ? "-" : newShiftTypes[i].id());
    }
    return text.append(']').toString();
  }
}
