package org.openwfm.web.application.history;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Infers a queue's interval length from its interval starts: the smallest gap, which must be a standard grid. */
final class IntervalLength {

  /** The grids a contact centre reports on, in minutes. */
  static final List<Integer> ALLOWED = List.of(5, 6, 10, 15, 30, 60);

  private IntervalLength() {}

  /** The smallest positive gap between the sorted starts in minutes, or empty with fewer than two starts. */
  static Optional<Integer> smallestGap(List<LocalDateTime> sortedStarts) {
    long best = Long.MAX_VALUE;
    for (int i = 1; i < sortedStarts.size(); i++) {
      long gap = Duration.between(sortedStarts.get(i - 1), sortedStarts.get(i)).toMinutes();
      if (gap > 0 && gap < best) {
        best = gap;
      }
    }
    return best == Long.MAX_VALUE ? Optional.empty() : Optional.of((int) Math.min(best, Integer.MAX_VALUE));
  }

  /** Whether a start lies on the grid of the given length counted from midnight. */
  static boolean onGrid(LocalDateTime start, int minutes) {
    return start.getSecond() == 0 && start.getNano() == 0 && (start.getHour() * 60 + start.getMinute()) % minutes == 0;
  }
}
