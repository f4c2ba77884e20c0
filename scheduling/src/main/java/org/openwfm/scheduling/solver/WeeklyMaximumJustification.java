package org.openwfm.scheduling.solver;

import java.util.List;

/** Paid minutes of a week above the contract maximum. */
public record WeeklyMaximumJustification(
    String agentId, int week, long paidMinutes, int maximumMinutes)
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
        + " paid minutes, maximum "
        + maximumMinutes;
  }
}
