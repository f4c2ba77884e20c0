package org.openwfm.scheduling.solver;

import java.time.LocalDate;
import java.util.List;

/** A day that differs from the previous schedule. */
public record StabilityJustification(String agentId, LocalDate date, String before, String after)
    implements ScheduleJustification {

  @Override
  public List<String> agentIds() {
    return List.of(agentId);
  }

  @Override
  public String describe() {
    return agentId + " on " + date + ": was " + before + ", now " + after;
  }
}
