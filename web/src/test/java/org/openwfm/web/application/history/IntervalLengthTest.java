package org.openwfm.web.application.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntervalLengthTest {

  @Test
  void smallestGapIgnoresClosedHoursBetweenIntervals() {
    LocalDateTime day = LocalDateTime.of(2026, 3, 2, 7, 0);
    List<LocalDateTime> starts = List.of(day, day.plusMinutes(6), day.plusMinutes(12), day.plusHours(14));
    assertEquals(Optional.of(6), IntervalLength.smallestGap(starts));
  }

  @Test
  void oneIntervalGivesNoLength() {
    assertTrue(IntervalLength.smallestGap(List.of(LocalDateTime.of(2026, 3, 2, 7, 0))).isEmpty());
  }

  @Test
  void gridCountsFromMidnight() {
    assertTrue(IntervalLength.onGrid(LocalDateTime.of(2026, 3, 2, 7, 45), 15));
    assertFalse(IntervalLength.onGrid(LocalDateTime.of(2026, 3, 2, 7, 50), 15));
    assertTrue(IntervalLength.onGrid(LocalDateTime.of(2026, 3, 2, 7, 54), 6));
  }
}
