package org.openwfm.simulator.des;

/** Routing policy: a freed agent takes the contact that has waited longest over all its queues. */
final class OldestContactFirst extends ContactSelection {
  OldestContactFirst(QueueState[] queues) {
    super(queues);
  }

  @Override
  boolean before(Contact a, Contact b) {
    return a.arrival < b.arrival;
  }
}
