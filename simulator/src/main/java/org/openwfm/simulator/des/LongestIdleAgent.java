package org.openwfm.simulator.des;

/** Routing policy: the agent idle the longest over all eligible groups. */
final class LongestIdleAgent implements AgentSelection {
  private final GroupState[] groups;
  private final Agent[] agents;

  LongestIdleAgent(GroupState[] groups, Agent[] agents) {
    this.groups = groups;
    this.agents = agents;
  }

  @Override
  public Agent select(QueueState queue, double waited) {
    Agent best = null;
    int[] eligible = queue.groups;
    for (int j = 0; j < eligible.length; j++) {
      if (!OverflowAfterDelay.eligible(queue.delays[j], waited)) {
        continue;
      }
      int first = groups[eligible[j]].idle.first();
      if (first >= 0) {
        Agent agent = agents[first];
        if (best == null || agent.idleSince < best.idleSince) {
          best = agent;
        }
      }
    }
    if (best == null && queue.concurrent) {
      best = Routes.firstPartial(queue, waited, groups, agents);
    }
    return best;
  }
}
