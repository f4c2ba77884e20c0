package org.openwfm.scheduling.solver;

import java.util.List;
import java.util.Map;

/**
 * What the score of a schedule is made of, for planners: the cost per rule, per agent and per
 * queue and interval, and every broken hard rule in words. Scores are strings like "-2hard/-340soft".
 */
public record ScheduleExplanation(
    String score,
    boolean feasible,
    List<RuleCost> rules,
    List<AgentCost> agents,
    List<IntervalCost> intervals,
    List<String> hardViolations) {

  /** Total cost of one rule and how many times it matched. */
  public record RuleCost(String rule, long hard, long soft, int matches) {}

  /** Costs charged to one agent, by rule (hard and soft as "hard/soft" strings). */
  public record AgentCost(String agent, long hard, long soft, Map<String, String> byRule) {}

  /**
   * One queue in one interval that is short or over, with the requirement and coverage in agents
   * and the soft cost of the gap under the current weights ({@code start} ISO-8601 with offset of
   * the centre's zone).
   */
  public record IntervalCost(
      String start, String queue, double required, double covered, long soft) {}
}
