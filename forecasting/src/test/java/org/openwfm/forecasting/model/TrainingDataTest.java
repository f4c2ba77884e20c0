package org.openwfm.forecasting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainingDataTest {

  @Test
  void fillsOneLostIntervalOfADayWithItsRecentSameWeekdayMean() {
    // 20 open slots of 5 contacts, slot 7 worth 9 on other weeks; day 21 lost slot 7.
    TrainingData data =
        Series.of(35, 20, (day, d, s) -> d == 21 && s == 7 ? Double.NaN : s == 7 ? 9 : 5);
    assertFalse(data.isComplete(21));
    assertEquals(19 * 5 + 9, data.dayTotal(21), 1e-12);
    assertTrue(data.isComplete(22));
  }

  @Test
  void aDayMissingMoreThanOneIntervalInTenHasNoTotal() {
    TrainingData data = Series.of(35, 20, (day, d, s) -> d == 21 && s < 3 ? Double.NaN : 5);
    assertTrue(Double.isNaN(data.dayTotal(21)));
    assertEquals(100, data.dayTotal(20), 1e-12);
  }
}
