package org.openwfm.scheduling.solver;

import java.time.LocalDate;
import java.util.List;

/** A shift of an agent qualified for no queue. */
public record SkillsJustification(String agentId, LocalDate date, String shift, int minutes)
    implements ScheduleJustification {

  @Override
  public List<String> agentIds() {
    return List.of(agentId);
  }

  @Override
  public String describe() {
    return agentId + " on " + date + " (" + shift + "): qualified for no queue";
  }
}
