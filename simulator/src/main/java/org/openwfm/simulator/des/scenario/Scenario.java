package org.openwfm.simulator.des.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openwfm.simulator.des.random.Distribution;

/**
 * Everything one simulated horizon needs. The horizon is {@code days} days of {@code
 * intervalsPerDay} intervals of {@code intervalMinutes} each, starting empty at time 0. Arrivals
 * stop at the end of the horizon; then agents still on duty finish the contacts in hand and serve
 * the real-time contacts still waiting (the system clears), but start no deferred work (e-mail and
 * social stay as backlog).
 *
 * @param name a label
 * @param days number of days (>= 1)
 * @param intervalsPerDay intervals per day (>= 1)
 * @param intervalMinutes interval length in minutes (> 0)
 * @param busyness optional random daily busyness factor multiplying all arrival rates of a day
 *     (mean 1)
 * @param queues the queues
 * @param agentGroups the agent groups
 * @param routing the routing policies
 */
public record Scenario(
    String name,
    int days,
    int intervalsPerDay,
    double intervalMinutes,
    Optional<Distribution> busyness,
    List<QueueSpec> queues,
    List<AgentGroupSpec> agentGroups,
    Routing routing) {

  public Scenario {
    if (days < 1) {
      throw new IllegalArgumentException("days must be >= 1, got " + days);
    }
    if (intervalsPerDay < 1) {
      throw new IllegalArgumentException("intervalsPerDay must be >= 1, got " + intervalsPerDay);
    }
    if (!(intervalMinutes > 0) || Double.isInfinite(intervalMinutes)) {
      throw new IllegalArgumentException("intervalMinutes must be a positive number");
    }
    queues = List.copyOf(queues);
    agentGroups = List.copyOf(agentGroups);
    if (queues.isEmpty()) {
      throw new IllegalArgumentException("a scenario needs at least one queue");
    }
    Set<String> queueIds = new HashSet<>();
    for (QueueSpec queue : queues) {
      if (!queueIds.add(queue.id())) {
        throw new IllegalArgumentException("queue id " + queue.id() + " is used twice");
      }
      int length = queue.arrivals().length;
      if (!queue.replaysArrivals()
          && length != intervalsPerDay
          && length != intervalsPerDay * days) {
        throw new IllegalArgumentException(
            "queue "
                + queue.id()
                + ": arrivals must have "
                + intervalsPerDay
                + " or "
                + intervalsPerDay * days
                + " values, got "
                + length);
      }
    }
    Set<String> groupIds = new HashSet<>();
    for (AgentGroupSpec group : agentGroups) {
      if (!groupIds.add(group.id())) {
        throw new IllegalArgumentException("agent group id " + group.id() + " is used twice");
      }
      for (Skill skill : group.skills()) {
        if (!queueIds.contains(skill.queue())) {
          throw new IllegalArgumentException(
              "agent group " + group.id() + " has a skill for unknown queue " + skill.queue());
        }
      }
      int length = group.agentsPerInterval().length;
      if (length != 0
          && length != 1
          && length != intervalsPerDay
          && length != intervalsPerDay * days) {
        throw new IllegalArgumentException(
            "agent group "
                + group.id()
                + ": agentsPerInterval must have 1, "
                + intervalsPerDay
                + " or "
                + intervalsPerDay * days
                + " values, got "
                + length);
      }
    }
  }

  /** Interval length in seconds. */
  public double intervalSeconds() {
    return intervalMinutes * 60;
  }

  /** Number of intervals in the horizon. */
  public int intervals() {
    return days * intervalsPerDay;
  }

  /** Length of the horizon in seconds. */
  public double horizonSeconds() {
    return intervals() * intervalSeconds();
  }

  static void requireProbability(double p, String what) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(what + " must be a probability in [0, 1], got " + p);
    }
  }
}
