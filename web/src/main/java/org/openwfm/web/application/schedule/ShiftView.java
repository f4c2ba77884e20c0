package org.openwfm.web.application.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * A shift as the portal and the API show it: times in the agent's home time zone.
 *
 * @param start ISO-8601 with the offset of the agent's zone, e.g. 2026-03-02T08:00+02:00
 * @param startTime local "HH:mm"
 * @param minutes length including breaks
 * @param location OFFICE or HOME
 * @param version optimistic-lock version to send back with an edit
 */
public record ShiftView(
    long id,
    String agent,
    String agentName,
    LocalDate day,
    String timeZone,
    String start,
    String end,
    String startTime,
    String endTime,
    int minutes,
    String location,
    List<BreakView> breaks,
    String editedBy,
    long version) {

  public ShiftView {
    breaks = List.copyOf(breaks);
  }

  /**
   * A break (BREAK) or lunch (LUNCH): local times "HH:mm" and ISO-8601 with the offset of the agent's zone.
   */
  public record BreakView(String kind, String start, String end, String startAt, String endAt) {}

  /** "08:00–16:30" */
  public String timeText() {
    return startTime + "–" + endTime;
  }

  /** Breaks in one line, e.g. "10:00 B, 12:00 L". */
  public String breaksText() {
    return String.join(", ", breaks.stream().map(b -> b.start() + " " + b.kind().charAt(0)).toList());
  }
}
