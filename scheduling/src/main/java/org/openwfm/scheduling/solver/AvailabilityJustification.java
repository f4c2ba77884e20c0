package org.openwfm.scheduling.solver;

import java.time.LocalDate;
import java.util.List;

/** Shift minutes outside the agent's availability window of that weekday. */
public record AvailabilityJustification(
    String agentId, LocalDate date, String shift, int minutesOutside)
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
        + minutesOutside
        + " minutes outside availability";
  }
}
