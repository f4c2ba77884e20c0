package org.openwfm.simulator.des.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * A group of identical agents.
 *
 * @param id unique name
 * @param skills the queues the group serves, with level and overflow delay
 * @param maxConcurrentChats sessions of concurrent channels (chat, SMS) one agent may hold at once
 *     (k >= 1)
 * @param chatSlowdown handle-time multiplier of a session by the number of sessions held when it
 *     starts: element {@code n-1} for n sessions (missing elements repeat the last; empty means 1)
 * @param agentsPerInterval staffing per interval (one day repeated, or every interval of the
 *     horizon); empty when the group is staffed by {@code shifts}
 * @param shifts individual shifts with breaks; empty when staffed per interval
 * @param absenteeism probability that an agent does not show up on a given day
 */
public record AgentGroupSpec(
    String id,
    List<Skill> skills,
    int maxConcurrentChats,
    double[] chatSlowdown,
    int[] agentsPerInterval,
    List<AgentShift> shifts,
    double absenteeism) {

  public AgentGroupSpec {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("agent group id must be a non-empty string");
    }
    skills = List.copyOf(skills);
    shifts = List.copyOf(shifts);
    if (skills.isEmpty()) {
      throw new IllegalArgumentException("agent group " + id + " needs at least one skill");
    }
    if (skills.stream().map(Skill::queue).distinct().count() < skills.size()) {
      throw new IllegalArgumentException("agent group " + id + " lists a queue twice in skills");
    }
    if (maxConcurrentChats < 1) {
      throw new IllegalArgumentException("agent group " + id + ": maxConcurrentChats must be >= 1");
    }
    chatSlowdown = chatSlowdown.clone();
    for (double factor : chatSlowdown) {
      if (!(factor > 0) || Double.isInfinite(factor)) {
        throw new IllegalArgumentException(
            "agent group " + id + ": chat slowdown must be positive");
      }
    }
    agentsPerInterval = agentsPerInterval.clone();
    for (int n : agentsPerInterval) {
      if (n < 0) {
        throw new IllegalArgumentException(
            "agent group " + id + ": agents per interval must be >= 0");
      }
    }
    if (agentsPerInterval.length == 0 == shifts.isEmpty()) {
      throw new IllegalArgumentException(
          "agent group " + id + " needs exactly one of agents per interval or shifts");
    }
    Scenario.requireProbability(absenteeism, "agent group " + id + ": absenteeism");
  }

  @Override
  public double[] chatSlowdown() {
    return chatSlowdown.clone();
  }

  @Override
  public int[] agentsPerInterval() {
    return agentsPerInterval.clone();
  }

  /** Agents on duty in the given interval of the horizon under per-interval staffing. */
  public int agentsIn(int interval) {
    return agentsPerInterval[interval % agentsPerInterval.length];
  }

  /**
   * Handle-time multiplier for a session started while holding {@code sessions} sessions (>= 1).
   */
  public double slowdown(int sessions) {
    if (chatSlowdown.length == 0) {
      return 1;
    }
    return chatSlowdown[Math.min(sessions, chatSlowdown.length) - 1];
  }

  // Arrays are compared by content so that equal specs are equal values.
  @Override
  public boolean equals(Object other) {
    return other instanceof AgentGroupSpec g
        && id.equals(g.id)
        && skills.equals(g.skills)
        && maxConcurrentChats == g.maxConcurrentChats
        && Arrays.equals(chatSlowdown, g.chatSlowdown)
        && Arrays.equals(agentsPerInterval, g.agentsPerInterval)
        && shifts.equals(g.shifts)
        && absenteeism == g.absenteeism;
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + skills.hashCode();
  }

  @Override
  public String toString() {
    return "AgentGroupSpec[id="
        + id
        + ", skills="
        + skills
        + ", maxConcurrentChats="
        + maxConcurrentChats
        + ", intervals="
        + agentsPerInterval.length
        + ", shifts="
        + shifts.size()
        + ", absenteeism="
        + absenteeism
        + "]";
  }
}
