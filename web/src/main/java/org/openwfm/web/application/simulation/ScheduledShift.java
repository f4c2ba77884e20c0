package org.openwfm.web.application.simulation;

import java.time.Instant;
import java.util.List;

/**
 * One agent's shift of a schedule, as the simulation needs it.
 *
 * @param id the shift's id (named in messages about bad data)
 * @param agent the agent's code
 * @param start start, an instant (stored in UTC)
 * @param end end, after {@code start}
 * @param breaks breaks and lunches inside the shift
 */
public record ScheduledShift(long id, String agent, Instant start, Instant end, List<Break> breaks) {

  public ScheduledShift {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("shift " + id + " of " + agent + " ends (" + end + ") before it starts ("
          + start + ")");
    }
    breaks = List.copyOf(breaks);
    for (Break pause : breaks) {
      if (pause.start().isBefore(start) || pause.end().isAfter(end) || !pause.end().isAfter(pause.start())) {
        throw new IllegalArgumentException("shift " + id + " of " + agent + ": break " + pause.start() + " to "
            + pause.end() + " does not lie inside the shift " + start + " to " + end);
      }
    }
  }

  /** A break or lunch, {@code [start, end)}. */
  public record Break(Instant start, Instant end) {}

  /**
   * A skill of an agent.
   *
   * @param queue queue code
   * @param level 1 (novice) to 5 (expert)
   */
  public record AgentSkill(String queue, int level) {}
}
