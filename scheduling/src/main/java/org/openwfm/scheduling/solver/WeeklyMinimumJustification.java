package org.openwfm.scheduling.solver;

import java.util.List;

/** Paid minutes of a week below the contract minimum (time off credited). */
public record WeeklyMinimumJustification(
    String agentId, int week, long paidMinutes, int minimumMinutes)
    implements ScheduleJustification {

  @Override
  public List<String> agentIds() {
    return List.of(agentId);
  }

  @Override
  public String describe() {
    return agentId
        + " week "
        + week
        + ": "
        + paidMinutes
        + " paid minutes, minimum "
        + minimumMinutes;
  }
}
