package org.openwfm.scheduling.solver;

import java.time.LocalDate;
import java.util.List;

/** Minutes between a shift start and the agent's preferred start window. */
public record PreferredStartJustification(
    String agentId, LocalDate date, String shift, int minutesFromWindow)
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
        + "): starts "
        + minutesFromWindow
        + " minutes outside the preferred window";
  }
}
