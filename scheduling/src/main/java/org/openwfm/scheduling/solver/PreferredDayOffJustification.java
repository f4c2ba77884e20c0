package org.openwfm.scheduling.solver;

import java.time.LocalDate;
import java.util.List;

/** A shift on a date the agent asked to have off. */
public record PreferredDayOffJustification(String agentId, LocalDate date, String shift)
    implements ScheduleJustification {

  @Override
  public List<String> agentIds() {
    return List.of(agentId);
  }

  @Override
  public String describe() {
    return agentId + " works on " + date + " (" + shift + "), asked to have it off";
  }
}
