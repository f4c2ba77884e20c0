package org.openwfm.scheduling.domain;

/**
 * A queue (channel plus skill line, e.g. voice-et). Only agents whose skill level for it is at
 * least {@code minSkillLevel} (1 to 5) count towards its coverage. {@code index} is its position in
 * the schedule's queue list.
 */
public record Queue(String id, int index, int minSkillLevel) {

  public Queue {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("queue id is required");
    }
    if (minSkillLevel < 1 || minSkillLevel > 5) {
      throw new IllegalArgumentException("queue " + id + ": minSkillLevel must be 1 to 5");
    }
  }
}
