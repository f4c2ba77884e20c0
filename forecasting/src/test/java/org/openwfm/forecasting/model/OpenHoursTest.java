package org.openwfm.forecasting.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class OpenHoursTest {

  @Test
  void learnsClosedSlotsAndClosedWeekdaysFromRecentWeeks() {
    // Open slots 2..9 Monday to Saturday, Sundays without data.
    OpenHours open = Series.of(56, 12, (day, d, s) -> Series.weekdayShape(day, s, 10)).open();
    assertTrue(open.isOpen(DayOfWeek.MONDAY, 2));
    assertFalse(open.isOpen(DayOfWeek.MONDAY, 1));
    assertFalse(open.isOpenDay(6));
    assertTrue(open.isOpenDay(5));
    assertTrue(open.isOpenOnSomeDay(9));
    assertFalse(open.isOpenOnSomeDay(10));
  }

  @Test
  void aZeroIsOpenButAnAbsentIntervalIsNot() {
    OpenHours open = Series.of(14, 3, (day, d, s) -> s == 0 ? 0 : s == 1 ? 5 : Double.NaN).open();
    assertTrue(open.isOpen(DayOfWeek.TUESDAY, 0));
    assertFalse(open.isOpen(DayOfWeek.TUESDAY, 2));
  }

  @Test
  void weekdaysTheHistoryNeverReachedAreNotTakenAsClosed() {
    // Two days of data (Monday and Tuesday): Wednesday is unknown, so it gets the seen slots.
    OpenHours open = Series.of(2, 4, (day, d, s) -> s < 2 ? 1 : Double.NaN).open();
    assertTrue(open.isOpen(DayOfWeek.WEDNESDAY, 1));
    assertFalse(open.isOpen(DayOfWeek.WEDNESDAY, 3));
  }
}
