package org.openwfm.scheduling.swap;

import java.time.LocalDate;

/**
 * A proposed change between agents of a schedule. Dates are local dates of the agent who gives
 * the shift away; the receiver works the same hours (same instants), in its own time zone.
 */
public sealed interface ShiftTrade {

  /**
   * Agent A gives the shift on {@code dateA} to B, and B gives the shift on {@code dateB} to A
   * (the same date exchanges the two shifts of that day).
   */
  record Swap(String agentA, LocalDate dateA, String agentB, LocalDate dateB)
      implements ShiftTrade {
    public Swap {
      if (agentA == null || agentB == null || dateA == null || dateB == null) {
        throw new IllegalArgumentException("a swap needs two agents and two dates");
      }
      if (agentA.equals(agentB)) {
        throw new IllegalArgumentException("a swap needs two different agents");
      }
    }
  }

  /** {@code fromAgent} gives the shift on {@code date} to {@code toAgent} and takes the day off. */
  record GiveAway(String fromAgent, LocalDate date, String toAgent) implements ShiftTrade {
    public GiveAway {
      if (fromAgent == null || toAgent == null || date == null) {
        throw new IllegalArgumentException("a give-away needs two agents and a date");
      }
      if (fromAgent.equals(toAgent)) {
        throw new IllegalArgumentException("a give-away needs two different agents");
      }
    }
  }
}
