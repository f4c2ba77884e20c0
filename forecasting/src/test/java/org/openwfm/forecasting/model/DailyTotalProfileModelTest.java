package org.openwfm.forecasting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DailyTotalProfileModelTest {

  @Test
  void recoversWeekdayLevelsAndIntradayShapeOfANoiselessSeries() {
    TrainingData data = Series.of(140, 12, (day, d, s) -> Series.weekdayShape(day, s, 10));
    double[][] f = new DailyTotalProfileModel().forecast(data, 14);
    for (int h = 0; h < 14; h++) {
      java.time.LocalDate day = Series.MONDAY.plusDays(140 + h);
      for (int s = 0; s < 12; s++) {
        double expected = Series.weekdayShape(day, s, 10);
        assertEquals(Double.isNaN(expected) ? 0 : expected, f[h][s], 0.01 * 10, day + " slot " + s);
      }
    }
  }

  @Test
  void followsALinearTrendInTheDailyTotal() {
    // 1% growth a week, multiplicative: the log-scale trend extrapolates it.
    TrainingData data =
        Series.of(
            196, 12, (day, d, s) -> Series.weekdayShape(day, s, 10 * Math.exp(0.01 * d / 7.0)));
    double[] totals = new DailyTotalModel(70, true).forecast(data, 7);
    double expectedMonday = 0;
    for (int s = 0; s < 12; s++) {
      double v = Series.weekdayShape(Series.MONDAY, s, 10 * Math.exp(0.01 * 196 / 7.0));
      expectedMonday += Double.isNaN(v) ? 0 : v;
    }
    assertEquals(expectedMonday, totals[0], 0.005 * expectedMonday);
    assertEquals(0, totals[6], 1e-9, "Sunday stays closed");
  }

  @Test
  void learnsADayOfMonthCycleWhenTheHistorySpansMonths() {
    // A smooth monthly cycle, 20% above the mean at the start of the month and 20% below mid-month.
    TrainingData data =
        Series.of(240, 12, (day, d, s) -> Series.weekdayShape(day, s, 10 * monthly(day)));
    double[] totals = new DailyTotalModel(70, false).forecast(data, 40);
    for (int h = 0; h < 40; h++) {
      java.time.LocalDate day = Series.MONDAY.plusDays(240 + h);
      double expected = 0;
      for (int s = 0; s < 12; s++) {
        double v = Series.weekdayShape(day, s, 10 * monthly(day));
        expected += Double.isNaN(v) ? 0 : v;
      }
      assertEquals(expected, totals[h], 0.03 * Math.max(expected, 1), day.toString());
    }
  }

  @Test
  void learnsAStepOnTheFirstFullDaysOfEachMonth() {
    // 40% more on the first three Monday-to-Friday days of each month, wherever they fall: a step
    // that a few day-of-month harmonics smear over the neighbouring days.
    TrainingData data =
        Series.of(240, 12, (day, d, s) -> Series.weekdayShape(day, s, 10 * monthStart(day)));
    double[] totals = new DailyTotalModel(70, false).forecast(data, 40);
    for (int h = 0; h < 40; h++) {
      java.time.LocalDate day = Series.MONDAY.plusDays(240 + h);
      double expected = 0;
      for (int s = 0; s < 12; s++) {
        double v = Series.weekdayShape(day, s, 10 * monthStart(day));
        expected += Double.isNaN(v) ? 0 : v;
      }
      assertEquals(expected, totals[h], 0.02 * Math.max(expected, 1), day.toString());
    }
  }

  private static double monthStart(java.time.LocalDate day) {
    if (day.getDayOfWeek().getValue() > 5) {
      return 1;
    }
    int full = 0;
    for (java.time.LocalDate d = day.withDayOfMonth(1); !d.isAfter(day); d = d.plusDays(1)) {
      full += d.getDayOfWeek().getValue() <= 5 ? 1 : 0;
    }
    return full <= 3 ? 1.4 : 1;
  }

  @Test
  void ignoresTheMonthlyCycleWhenTheDataHasNone() {
    TrainingData flat = Series.of(240, 12, (day, d, s) -> Series.weekdayShape(day, s, 10));
    double[] totals = new DailyTotalModel(70, false).forecast(flat, 28);
    for (int h = 0; h < 28; h++) {
      java.time.LocalDate day = Series.MONDAY.plusDays(240 + h);
      double expected = 0;
      for (int s = 0; s < 12; s++) {
        double v = Series.weekdayShape(day, s, 10);
        expected += Double.isNaN(v) ? 0 : v;
      }
      assertEquals(expected, totals[h], 1e-6 * Math.max(expected, 1));
    }
  }

  @Test
  void fallsBackToTheSameWeekdayMeanWhenFewDaysAreComplete() {
    // Every day misses one open interval (a different one each day): no complete daily total.
    TrainingData data =
        Series.of(
            70, 12, (day, d, s) -> s == 2 + d % 8 ? Double.NaN : Series.weekdayShape(day, s, 10));
    double[][] f = new DailyTotalProfileModel().forecast(data, 7);
    double[][] mean = new WeekdayAverageModel(5, false).forecast(data, 7);
    for (int h = 0; h < 7; h++) {
      org.junit.jupiter.api.Assertions.assertArrayEquals(mean[h], f[h], 1e-12);
    }
    org.junit.jupiter.api.Assertions.assertTrue(f[0][5] > 0);
  }

  private static double monthly(java.time.LocalDate day) {
    return 1 + 0.2 * Math.cos(2 * Math.PI * (day.getDayOfMonth() - 1) / day.lengthOfMonth());
  }
}
