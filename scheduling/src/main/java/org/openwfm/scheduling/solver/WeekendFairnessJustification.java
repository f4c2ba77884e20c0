package org.openwfm.scheduling.solver;

import java.util.List;

/** Weekend days an agent works; penalised squared to spread them evenly. */
public record WeekendFairnessJustification(String agentId, int weekendDays)
    implements ScheduleJustification {

  @Override
  public List<String> agentIds() {
    return List.of(agentId);
  }

  @Override
  public String describe() {
    return agentId + ": " + weekendDays + " weekend day(s) worked";
  }
}
