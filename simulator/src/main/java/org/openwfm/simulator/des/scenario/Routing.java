package org.openwfm.simulator.des.scenario;

/**
 * The routing policies of a scenario.
 *
 * @param agentSelection which free agent an arriving contact gets
 * @param contactSelection which waiting contact a freed agent takes
 */
public record Routing(AgentSelection agentSelection, ContactSelection contactSelection) {

  /** Defaults: longest idle agent, oldest waiting contact. */
  public static Routing defaults() {
    return new Routing(AgentSelection.LONGEST_IDLE, ContactSelection.OLDEST_CONTACT);
  }

  /** How a contact chooses among free agents. */
  public enum AgentSelection {
    /** The agent idle the longest, over all groups with the skill. */
    LONGEST_IDLE,
    /**
     * The group with the highest skill level first; within equal levels, the longest idle agent.
     */
    BEST_SKILL_LEVEL
  }

  /** How a freed agent chooses among waiting contacts of its queues. */
  public enum ContactSelection {
    /** The contact that has waited longest, over all the agent's queues. */
    OLDEST_CONTACT,
    /**
     * The queue with the lowest priority number first; within equal priority, the oldest contact.
     */
    QUEUE_PRIORITY
  }
}
