package org.openwfm.simulator.des;

/**
 * Routing policy: which waiting contact a freed agent takes. Real-time queues come first; deferred
 * queues (e-mail, social) only when no real-time contact of the agent's queues waits.
 */
abstract class ContactSelection {
  private final QueueState[] queues;

  ContactSelection(QueueState[] queues) {
    this.queues = queues;
  }

  /**
   * The contact for the agent, or null.
   *
   * @param concurrentOnly only queues of concurrent channels (the agent holds sessions already)
   * @param deferredAllowed whether deferred work may be started (false after the horizon)
   */
  final Contact select(Agent agent, double now, boolean concurrentOnly, boolean deferredAllowed) {
    GroupState group = agent.group;
    Contact best = null;
    for (int pass = 0; pass < 2 && best == null; pass++) {
      boolean realTimePass = pass == 0;
      if (!realTimePass && (concurrentOnly || !deferredAllowed)) {
        break;
      }
      for (int j = 0; j < group.skillQueues.length; j++) {
        QueueState queue = queues[group.skillQueues[j]];
        if (queue.realTime != realTimePass || (concurrentOnly && !queue.concurrent)) {
          continue;
        }
        Contact head = queue.line.peekWaiting();
        if (head == null
            || !OverflowAfterDelay.eligible(group.skillDelays[j], now - head.arrival)) {
          continue;
        }
        if (best == null || before(head, best)) {
          best = head;
        }
      }
    }
    return best;
  }

  /** Whether contact {@code a} goes before contact {@code b}. */
  abstract boolean before(Contact a, Contact b);
}
