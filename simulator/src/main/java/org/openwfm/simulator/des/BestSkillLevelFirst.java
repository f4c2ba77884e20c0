package org.openwfm.simulator.des;

/**
 * Routing policy: the eligible group with the highest skill level for the queue first; among groups
 * of equal level, the agent idle the longest.
 */
final class BestSkillLevelFirst implements AgentSelection {
  private final GroupState[] groups;
  private final Agent[] agents;

  BestSkillLevelFirst(GroupState[] groups, Agent[] agents) {
    this.groups = groups;
    this.agents = agents;
  }

  @Override
  public Agent select(QueueState queue, double waited) {
    // queue.groups is sorted by level, best first.
    Agent best = null;
    int bestLevel = Integer.MIN_VALUE;
    int[] eligible = queue.groups;
    for (int j = 0; j < eligible.length; j++) {
      if (best != null && queue.levels[j] < bestLevel) {
        break;
      }
      if (!OverflowAfterDelay.eligible(queue.delays[j], waited)) {
        continue;
      }
      int first = groups[eligible[j]].idle.first();
      if (first >= 0) {
        Agent agent = agents[first];
        if (best == null || agent.idleSince < best.idleSince) {
          best = agent;
          bestLevel = queue.levels[j];
        }
      }
    }
    if (best == null && queue.concurrent) {
      best = Routes.firstPartial(queue, waited, groups, agents);
    }
    return best;
  }
}
