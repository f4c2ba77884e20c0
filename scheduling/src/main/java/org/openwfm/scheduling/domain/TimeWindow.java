package org.openwfm.scheduling.domain;

import java.time.LocalTime;

/**
 * A window of local clock time within one day, in minutes from local midnight, {@code from}
 * inclusive and {@code to} exclusive, 0 <= from < to <= 1440.
 */
public record TimeWindow(int fromMinute, int toMinute) {

  /** The whole day, 00:00 to 24:00. */
  public static final TimeWindow WHOLE_DAY = new TimeWindow(0, 1440);

  public TimeWindow {
    if (fromMinute < 0 || toMinute > 1440 || fromMinute >= toMinute) {
      throw new IllegalArgumentException(
          "time window must satisfy 0 <= from < to <= 1440 minutes, got "
              + fromMinute
              + " to "
              + toMinute);
    }
  }

  /** Parses "HH:mm" pairs; "24:00" is allowed as the end. */
  public static TimeWindow parse(String from, String to) {
    return new TimeWindow(parseMinute(from), parseMinute(to));
  }

  /** Minutes from midnight of "HH:mm", where "24:00" is 1440. */
  public static int parseMinute(String text) {
    if ("24:00".equals(text)) {
      return 1440;
    }
    LocalTime time = LocalTime.parse(text);
    return time.getHour() * 60 + time.getMinute();
  }

  /** Minutes of [start, end) that fall inside this window. */
  public int overlapMinutes(int start, int end) {
    return Math.max(0, Math.min(end, toMinute) - Math.max(start, fromMinute));
  }

  /** Minutes of [start, end) that fall outside this window. */
  public int minutesOutside(int start, int end) {
    return (end - start) - overlapMinutes(start, end);
  }

  /** The intersection with another window, empty when they do not overlap. */
  public java.util.Optional<TimeWindow> intersect(TimeWindow other) {
    int from = Math.max(fromMinute, other.fromMinute);
    int to = Math.min(toMinute, other.toMinute);
    return from < to ? java.util.Optional.of(new TimeWindow(from, to)) : java.util.Optional.empty();
  }

  /** Distance in minutes from a point to this window, 0 when inside [from, to]. */
  public int distanceMinutes(int minute) {
    if (minute < fromMinute) {
      return fromMinute - minute;
    }
    return Math.max(0, minute - toMinute);
  }
}
