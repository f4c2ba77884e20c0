package org.openwfm.scheduling.solver;

import java.time.LocalDate;
import java.util.List;

/** Minutes of a remote agent's shift outside its allowed local hours. */
public record RemoteHoursJustification(
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
        + " minutes outside allowed local hours";
  }
}
