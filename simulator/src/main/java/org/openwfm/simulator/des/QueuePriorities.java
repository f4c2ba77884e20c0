package org.openwfm.simulator.des;

/**
 * Routing policy: a freed agent serves the queue with the lowest priority number first, and within
 * equal priority the contact that has waited longest.
 */
final class QueuePriorities extends ContactSelection {
  QueuePriorities(QueueState[] queues) {
    super(queues);
  }

  @Override
  boolean before(Contact a, Contact b) {
    int pa = a.queue.spec.priority();
    int pb = b.queue.spec.priority();
    return pa < pb || (pa == pb && a.arrival < b.arrival);
  }
}
