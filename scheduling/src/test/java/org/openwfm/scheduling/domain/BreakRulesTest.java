package org.openwfm.scheduling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreakRulesTest {

  @Test
  void eightAndAHalfHourShiftGetsLunchBetweenHoursThreeAndFiveAndTwoBreaks() {
    List<Activity> activities = BreakRules.DEFAULT.activities(510, 0);
    assertEquals(
        List.of(
            new Activity(ActivityType.BREAK, 120, 15),
            new Activity(ActivityType.LUNCH, 240, 30),
            new Activity(ActivityType.BREAK, 360, 15)),
        activities);
  }

  @Test
  void shortShiftHasNoLunch() {
    assertTrue(
        BreakRules.DEFAULT.activities(300, 0).stream()
            .noneMatch(a -> a.type() == ActivityType.LUNCH));
  }

  @Test
  void layoutLeavesBreaksOutOfWorkedSlotsAndLunchOutOfPaidMinutes() {
    ShiftLayout layout = ShiftLayout.of(510, 0, BreakRules.DEFAULT);
    assertEquals(34 - 4, layout.workedSlotOffsets().length);
    assertEquals(480, layout.paidMinutes());
  }

  @Test
  void rejectsLunchWindowTooSmallForTheLunch() {
    assertThrows(IllegalArgumentException.class, () -> new BreakRules(15, 120, 60, 360, 180, 200));
  }
}
