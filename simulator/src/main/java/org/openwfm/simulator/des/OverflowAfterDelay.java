package org.openwfm.simulator.des;

/**
 * Routing policy: a group whose skill has an overflow delay d takes a contact of that queue only
 * once the contact has waited d seconds. Agent and contact selection skip groups whose delay has
 * not passed; this class wakes a waiting contact when each delay of its queue is reached, so an
 * idle secondary agent takes it at that moment.
 */
final class OverflowAfterDelay {
  private final ContactCentreSimulation simulation;

  OverflowAfterDelay(ContactCentreSimulation simulation) {
    this.simulation = simulation;
  }

  /** Whether a group with this overflow delay may take a contact that has waited {@code waited}. */
  static boolean eligible(double delay, double waited) {
    return delay <= waited;
  }

  /**
   * Schedules a check at each overflow delay of the contact's queue beyond {@code waited} seconds.
   */
  void watch(Contact contact, double waited) {
    for (double delay : contact.queue.overflowDelays) {
      if (delay > waited) {
        simulation.schedule(
            contact.arrival + delay, ContactCentreSimulation.overflowKind(), contact);
      }
    }
  }

  /** An overflow delay has passed: route the contact to a newly eligible free agent, if any. */
  void due(Contact contact) {
    if (contact.state != Contact.WAITING || contact.inPersonalLine) {
      return;
    }
    double waited = simulation.now() - contact.arrival;
    Agent agent = simulation.agentSelection().select(contact.queue, waited);
    if (agent != null) {
      contact.queue.waiting--;
      simulation.startService(contact, agent);
    }
  }
}
