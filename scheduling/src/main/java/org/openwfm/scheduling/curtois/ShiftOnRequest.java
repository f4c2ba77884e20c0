package org.openwfm.scheduling.curtois;

/**
 * The wish of an employee to work a given shift type on a day; costs {@code weight} when not
 * granted.
 *
 * @param employee who asks
 * @param day day index from 0
 * @param shiftType the shift type wished for
 * @param weight objective cost when the employee does not work that shift type that day, at least 0
 */
public record ShiftOnRequest(Employee employee, int day, ShiftType shiftType, int weight) {

  public ShiftOnRequest {
    Validation.requireRequest(employee, day, shiftType, weight);
  }
}
