package org.openwfm.web.application.schedule;

import java.util.List;

/**
 * A schedule with its score explained: coverage against the requirement, the cost of each rule, and every
 * broken hard rule in words.
 */
public record ScheduleDetail(
    ScheduleSummary schedule,
    String score,
    boolean feasible,
    CoverageSummary coverage,
    List<RuleCost> rules,
    List<String> hardViolations) {

  /**
   * Coverage over the whole period in agent-hours (one agent for 15 minutes is 0.25).
   *
   * @param coveredShare share of the requirement covered, 0 to 1
   * @param maxShortfallAgents largest gap of one queue in one 15-minute interval, agents
   */
  public record CoverageSummary(
      double requiredAgentHours,
      double shortAgentHours,
      double overAgentHours,
      double coveredShare,
      double maxShortfallAgents) {}

  /** What one rule costs: hard and soft score and how often it matched. */
  public record RuleCost(String rule, long hard, long soft, int matches) {}
}
