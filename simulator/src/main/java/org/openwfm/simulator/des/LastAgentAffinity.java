package org.openwfm.simulator.des;

/**
 * Routing policy: a repeat contact waits up to the queue's affinity time for the agent who served
 * the customer before (in that agent's personal line), then joins the queue with its original
 * arrival time. Applies only while that agent is on duty and has the queue's skill.
 */
final class LastAgentAffinity {
  private final ContactCentreSimulation simulation;

  LastAgentAffinity(ContactCentreSimulation simulation) {
    this.simulation = simulation;
  }

  /**
   * Holds a repeat contact for its previous agent; false when the contact should be routed
   * normally.
   */
  boolean hold(Contact contact) {
    Agent agent = contact.preferredAgent;
    QueueState queue = contact.queue;
    if (!agent.onDuty || agent.group.skillOf(queue.index) < 0) {
      return false;
    }
    boolean free =
        agent.sessions == 0 || (queue.concurrent && agent.group.partial.contains(agent.index));
    if (free) {
      simulation.startService(contact, agent);
      return true;
    }
    contact.inPersonalLine = true;
    if (agent.personalLine == null) {
      agent.personalLine = new ContactLine(true);
    }
    agent.personalLine.add(contact);
    queue.waiting++;
    simulation.schedule(
        simulation.now() + queue.spec.affinitySeconds(),
        ContactCentreSimulation.affinityExpiredKind(),
        contact);
    return true;
  }

  /** The oldest contact waiting for this agent, or null. */
  Contact next(Agent agent) {
    return agent.personalLine == null ? null : agent.personalLine.peekWaiting();
  }

  /** The wait for the previous agent is over: route to anyone, or join the queue. */
  void expire(Contact contact) {
    if (contact.state != Contact.WAITING || !contact.inPersonalLine) {
      return;
    }
    contact.inPersonalLine = false;
    QueueState queue = contact.queue;
    double waited = simulation.now() - contact.arrival;
    Agent agent = simulation.agentSelection().select(queue, waited);
    if (agent != null) {
      queue.waiting--;
      simulation.startService(contact, agent);
    } else {
      queue.waiting--;
      simulation.enqueue(contact, waited);
    }
  }
}
