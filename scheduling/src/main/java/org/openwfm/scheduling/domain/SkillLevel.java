package org.openwfm.scheduling.domain;

/** An agent's skill for one queue, level 1 (novice) to 5 (expert). */
public record SkillLevel(Queue queue, int level) {

  public SkillLevel {
    if (queue == null) {
      throw new IllegalArgumentException("skill needs a queue");
    }
    if (level < 1 || level > 5) {
      throw new IllegalArgumentException(
          "skill level for queue " + queue.id() + " must be 1 to 5, got " + level);
    }
  }

  /** Whether this level is enough for the queue to count the agent as coverage. */
  public boolean qualifies() {
    return level >= queue.minSkillLevel();
  }
}
