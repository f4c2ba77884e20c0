package org.openwfm.scheduling.solver;

import java.util.List;

/** Working days beyond the contract's longest run of consecutive days. */
public record ConsecutiveDaysJustification(String agentId, long excessDays, int maxConsecutiveDays)
    implements ScheduleJustification {

  @Override
  public List<String> agentIds() {
    return List.of(agentId);
  }

  @Override
  public String describe() {
    return agentId
        + ": "
        + excessDays
        + " day(s) beyond runs of "
        + maxConsecutiveDays
        + " consecutive days";
  }
}
