package org.openwfm.scheduling.curtois;

/** Argument checks shared by the request records. */
final class Validation {

  private Validation() {}

  static void requireRequest(Employee employee, int day, ShiftType shiftType, int weight) {
    if (employee == null || shiftType == null) {
      throw new IllegalArgumentException("A shift request needs an employee and a shift type.");
    }
    if (day < 0 || weight < 0) {
      throw new IllegalArgumentException(
          "Shift request of " + employee + " for day " + day + ": day and weight must be >= 0");
    }
  }
}
