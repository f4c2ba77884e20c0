package org.openwfm.web.application.schedule;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** One agent's line of the schedule timeline: the shift of each day shown (absent: day off). */
public record TimelineRow(String agent, String agentName, String workMode, String timeZone, Map<LocalDate, ShiftView> shifts) {

  public TimelineRow {
    shifts = Map.copyOf(shifts);
  }

  /** The shift on a day, or empty for a day off. */
  public Optional<ShiftView> on(LocalDate day) {
    return Optional.ofNullable(shifts.get(day));
  }

  /** The shift on a day or null, for pages (EL has no Optional). */
  public ShiftView cell(LocalDate day) {
    return shifts.get(day);
  }
}
