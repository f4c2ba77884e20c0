package org.openwfm.simulator.des.scenario;

/**
 * A skill of an agent group.
 *
 * @param queue the queue id the group may serve
 * @param level proficiency, higher is better (used by best-skill-level-first routing)
 * @param delaySeconds how long a contact must have waited before this group may take it (overflow
 *     to a secondary group); 0 for a primary group
 */
public record Skill(String queue, int level, double delaySeconds) {
  public Skill {
    if (queue == null || queue.isBlank()) {
      throw new IllegalArgumentException("skill queue must be a non-empty string");
    }
    if (!(delaySeconds >= 0) || Double.isInfinite(delaySeconds)) {
      throw new IllegalArgumentException("skill delay must be a finite number >= 0 seconds");
    }
  }
}
