package org.openwfm.scheduling.solver;

import java.util.List;

/**
 * A rule over a period of one agent's schedule (weekly hours, consecutive days, fairness counts,
 * office days): {@code period} names the week or "horizon", {@code actual} and {@code limit} are in
 * the rule's unit.
 */
public record AgentPeriodJustification(
    String agentId, String period, long actual, long limit, String unit)
    implements ScheduleJustification {

  @Override
  public List<String> agentIds() {
    return List.of(agentId);
  }

  @Override
  public String describe() {
    return agentId + " " + period + ": " + actual + " " + unit + " (limit or target " + limit + ")";
  }
}
