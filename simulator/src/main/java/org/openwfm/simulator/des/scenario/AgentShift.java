package org.openwfm.simulator.des.scenario;

import java.util.List;

/**
 * One shift of one agent, in seconds from the start of the simulated horizon.
 *
 * @param agent the agent's name
 * @param start start of the shift, seconds
 * @param end end of the shift, seconds; an agent busy at the end finishes the contact in hand
 * @param breaks breaks and lunches inside the shift, each as {@code [start, end)} seconds
 */
public record AgentShift(String agent, double start, double end, List<Pause> breaks) {
  public AgentShift {
    if (agent == null || agent.isBlank()) {
      throw new IllegalArgumentException("shift agent must be a non-empty string");
    }
    if (!(end > start)) {
      throw new IllegalArgumentException("shift of " + agent + " must end after it starts");
    }
    breaks = List.copyOf(breaks);
    for (Pause pause : breaks) {
      if (pause.start() < start || pause.end() > end) {
        throw new IllegalArgumentException("break of " + agent + " must lie inside the shift");
      }
    }
  }

  /** A break or lunch: {@code [start, end)} in seconds from the start of the horizon. */
  public record Pause(double start, double end) {
    public Pause {
      if (!(end > start)) {
        throw new IllegalArgumentException("a break must end after it starts");
      }
    }
  }
}
