package org.openwfm.simulator.des;

/** Helpers shared by routing policies. */
final class Routes {
  private Routes() {}

  /**
   * The first agent with a free session slot in the eligible groups (in the queue's group order),
   * or null.
   */
  static Agent firstPartial(QueueState queue, double waited, GroupState[] groups, Agent[] agents) {
    int[] eligible = queue.groups;
    for (int j = 0; j < eligible.length; j++) {
      if (!OverflowAfterDelay.eligible(queue.delays[j], waited)) {
        continue;
      }
      int first = groups[eligible[j]].partial.first();
      if (first >= 0) {
        return agents[first];
      }
    }
    return null;
  }
}
