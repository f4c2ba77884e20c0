package org.openwfm.forecasting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BaselineModelsTest {

  @Test
  void weekdayMeanAveragesTheLastKSameWeekdaysSkippingMissingDays() {
    // Value = week number on Mondays (slot 0); week 3's Monday is missing.
    TrainingData data =
        Series.of(35, 1, (day, d, s) -> d % 7 != 0 ? 1 : d == 21 ? Double.NaN : d / 7 + 1);
    // Mondays hold 1, 2, 3, NaN, 5: the last 3 present are 5, 3, 2.
    double[][] f = new WeekdayAverageModel(3, false).forecast(data, 1);
    assertEquals((5 + 3 + 2) / 3.0, f[0][0], 1e-12);
    assertEquals(3, new WeekdayAverageModel(3, true).forecast(data, 1)[0][0], 1e-12);
    assertEquals(
        (1 + 2 + 3 + 5) / 4.0,
        new WeekdayAverageModel(Integer.MAX_VALUE, false).forecast(data, 1)[0][0],
        1e-12);
    assertEquals("weekday-mean-all", new WeekdayAverageModel(Integer.MAX_VALUE, false).name());
  }

  @Test
  void seasonalNaiveRepeatsLastWeekForEveryHorizonDay() {
    TrainingData data = Series.of(21, 2, (day, d, s) -> 10 * d + s);
    double[][] f = new SeasonalNaiveModel().forecast(data, 10);
    for (int h = 0; h < 10; h++) {
      int source = 21 + h - 7 * ((h + 7) / 7);
      assertEquals(10 * source, f[h][0], 1e-12);
      assertEquals(10 * source + 1, f[h][1], 1e-12);
    }
  }

  @Test
  void previousDayRepeatsTheLatestDayWithData() {
    TrainingData data = Series.of(10, 1, (day, d, s) -> d == 9 ? Double.NaN : d);
    assertEquals(8, new PreviousDayModel().forecast(data, 2)[1][0], 1e-12);
  }
}
