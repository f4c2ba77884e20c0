package org.openwfm.scheduling.solver;

import java.util.List;

/** Late shifts an agent works; penalised squared to spread them evenly. */
public record LateShiftFairnessJustification(String agentId, int lateShifts)
    implements ScheduleJustification {

  @Override
  public List<String> agentIds() {
    return List.of(agentId);
  }

  @Override
  public String describe() {
    return agentId + ": " + lateShifts + " late shift(s)";
  }
}
