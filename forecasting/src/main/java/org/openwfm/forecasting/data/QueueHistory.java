package org.openwfm.forecasting.data;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The history of one queue: offered contacts per interval and, where the file has them, handled
 * contacts and AHT (seconds) per interval, all on the same {@link DayGrid} layout in the queue's
 * time zone.
 *
 * @param queue the queue name as written in the file
 * @param zone the time zone in which {@code interval_start} values are local times
 * @param offered offered contacts per interval (decimals allowed; NaN = absent)
 * @param handled handled contacts per interval, when the file has a {@code handled} column
 * @param ahtSeconds average handle time in seconds per interval, when the file has {@code
 *     aht_seconds}
 */
public record QueueHistory(
    String queue,
    ZoneId zone,
    DayGrid offered,
    Optional<DayGrid> handled,
    Optional<DayGrid> ahtSeconds) {

  /** Validates that all grids share the layout of {@code offered}. */
  public QueueHistory {
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(offered, "offered");
    Objects.requireNonNull(handled, "handled");
    Objects.requireNonNull(ahtSeconds, "ahtSeconds");
    if (queue.isBlank()) {
      throw new IllegalArgumentException("queue name must not be blank");
    }
    for (Optional<DayGrid> other : java.util.List.of(handled, ahtSeconds)) {
      other.ifPresent(
          g -> {
            if (g.days() != offered.days()
                || !g.firstDay().equals(offered.firstDay())
                || g.intervalMinutes() != offered.intervalMinutes()) {
              throw new IllegalArgumentException("grids of queue " + queue + " differ in layout");
            }
          });
    }
  }

  /** A history of offered contacts only. */
  public static QueueHistory ofOffered(String queue, ZoneId zone, DayGrid offered) {
    return new QueueHistory(queue, zone, offered, Optional.empty(), Optional.empty());
  }

  /** Interval length in minutes. */
  public int intervalMinutes() {
    return offered.intervalMinutes();
  }
}
