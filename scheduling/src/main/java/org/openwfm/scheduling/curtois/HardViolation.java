package org.openwfm.scheduling.curtois;

/**
 * One broken hard rule of one employee.
 *
 * @param rule the rule's readable name, as in the solver's constraints
 * @param employeeId who breaks it
 * @param amount how much, in the unit named by {@code unit}
 * @param unit the unit of {@code amount}, such as "days" or "minutes"
 * @param detail where, in words (days concerned, limit)
 */
public record HardViolation(
    String rule, String employeeId, int amount, String unit, String detail) {

  @Override
  public String toString() {
    return rule + ": employee " + employeeId + " " + amount + " " + unit + " (" + detail + ")";
  }
}
