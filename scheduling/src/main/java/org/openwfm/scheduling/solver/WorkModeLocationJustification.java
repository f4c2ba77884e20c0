package org.openwfm.scheduling.solver;

import java.time.LocalDate;
import java.util.List;
import org.openwfm.scheduling.domain.Location;
import org.openwfm.scheduling.domain.WorkMode;

/** A shift in a location the agent's work mode forbids. */
public record WorkModeLocationJustification(
    String agentId, LocalDate date, WorkMode workMode, Location location)
    implements ScheduleJustification {

  @Override
  public List<String> agentIds() {
    return List.of(agentId);
  }

  @Override
  public String describe() {
    return agentId + " on " + date + ": " + workMode + " agent at " + location;
  }
}
