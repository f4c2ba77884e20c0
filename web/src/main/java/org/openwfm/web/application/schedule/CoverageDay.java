package org.openwfm.web.application.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * Required and scheduled agents of one queue on one local day of the queue, per 15-minute interval.
 *
 * @param points one per interval of the day, local time of the queue
 */
public record CoverageDay(String queue, LocalDate day, String timeZone, List<Point> points) {

  public CoverageDay {
    points = List.copyOf(points);
  }

  /** One interval: local "HH:mm", agents required and agents scheduled (on the phone, not on a break). */
  public record Point(String time, double required, double scheduled) {}
}
