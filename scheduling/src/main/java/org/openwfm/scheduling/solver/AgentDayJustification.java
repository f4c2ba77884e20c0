package org.openwfm.scheduling.solver;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule broken on one agent day (availability, time off, remote hours, skills, location,
 * preferences, stability); {@code amount} is the match weight in the rule's unit.
 */
public record AgentDayJustification(
    String agentId, LocalDate date, String shift, long amount, String unit)
    implements ScheduleJustification {

  @Override
  public List<String> agentIds() {
    return List.of(agentId);
  }

  @Override
  public String describe() {
    return agentId + " on " + date + " (" + shift + "): " + amount + " " + unit;
  }
}
