package org.openwfm.web.application.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A shift as the engine decided it, ready to store: the agent's local day, start and end instants, OFFICE or
 * HOME, and its breaks.
 */
public record ShiftPlan(
    String agentCode, LocalDate day, Instant start, Instant end, String location, List<BreakPlan> breaks) {

  public ShiftPlan {
    breaks = List.copyOf(breaks);
  }

  /** A break (BREAK, paid) or lunch (LUNCH, unpaid) inside the shift. */
  public record BreakPlan(String kind, Instant start, Instant end) {}
}
