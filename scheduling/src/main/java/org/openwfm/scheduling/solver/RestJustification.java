package org.openwfm.scheduling.solver;

import java.time.LocalDate;
import java.util.List;

/** Too little rest between the shifts of two consecutive days, in minutes. */
public record RestJustification(
    String agentId, LocalDate firstDate, int restMinutes, int requiredMinutes)
    implements ScheduleJustification {

  @Override
  public List<String> agentIds() {
    return List.of(agentId);
  }

  @Override
  public String describe() {
    return agentId
        + " after "
        + firstDate
        + ": rest "
        + restMinutes
        + " min, required "
        + requiredMinutes
        + " min";
  }
}
