package org.openwfm.scheduling.curtois;

/**
 * The wish of an employee not to work a given shift type on a day; costs {@code weight} when
 * ignored.
 *
 * @param employee who asks
 * @param day day index from 0
 * @param shiftType the shift type not wished for
 * @param weight objective cost when the employee works that shift type that day, at least 0
 */
public record ShiftOffRequest(Employee employee, int day, ShiftType shiftType, int weight) {

  public ShiftOffRequest {
    Validation.requireRequest(employee, day, shiftType, weight);
  }
}
