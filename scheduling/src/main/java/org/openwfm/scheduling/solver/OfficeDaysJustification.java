package org.openwfm.scheduling.solver;

import java.util.List;

/** A hybrid agent's office days in a week against the required number (capped by days worked). */
public record OfficeDaysJustification(String agentId, int week, int officeDays, int requiredDays)
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
        + officeDays
        + " office day(s), required "
        + requiredDays;
  }
}
