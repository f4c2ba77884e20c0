package org.openwfm.scheduling.curtois.solver;

import java.util.List;

/**
 * Finds the entity of an employee and day in a roster's entity list (ordered employee, then day).
 */
final class RosterGrid {

  private final List<EmployeeDay> employeeDays;
  private final int employees;
  private final int days;

  RosterGrid(CurtoisRoster roster) {
    this.employeeDays = roster.getEmployeeDays();
    this.employees = roster.getEmployees().size();
    this.days = roster.getHorizonDays();
  }

  int employees() {
    return employees;
  }

  int days() {
    return days;
  }

  EmployeeDay at(int employee, int day) {
    return employeeDays.get(employee * days + day);
  }
}
