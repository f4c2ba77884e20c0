package org.openwfm.scheduling.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A day of an earlier schedule for one agent: the shift (empty for a day off), where it was worked,
 * and whether it was published (a published day is pinned: the solver does not change it).
 */
public record PlannedDay(
    String agentId, LocalDate date, Optional<ShiftPattern> pattern, Location location,
    boolean published) {

  public PlannedDay {
    if (agentId == null || date == null || pattern == null || location == null) {
      throw new IllegalArgumentException("planned day needs agent, date, pattern and location");
    }
  }
}
