package org.openwfm.scheduling.solver;

import java.time.LocalDate;
import java.util.List;

/** A shift on a day of approved time off. */
public record TimeOffJustification(String agentId, LocalDate date, String shift, int minutes)
    implements ScheduleJustification {

  @Override
  public List<String> agentIds() {
    return List.of(agentId);
  }

  @Override
  public String describe() {
    return agentId
        + " on "
        + date
        + " ("
        + shift
        + "): "
        + minutes
        + " minutes on approved time off";
  }
}
