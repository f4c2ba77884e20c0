package org.openwfm.forecasting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.forecasting.data.DayGrid;
import org.openwfm.forecasting.data.QueueHistory;

class LongTermForecasterTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  /** Daily volume with a yearly cycle of +-20% and weekday pattern, hourly grid, closed Sundays. */
  private static double expectedDay(LocalDate day) {
    int w = day.getDayOfWeek().getValue() - 1;
    double[] weekday = {1.2, 1.1, 1.0, 1.0, 0.9, 0.5, 0};
    return 1000 * weekday[w] * Math.exp(0.2 * Math.sin(2 * Math.PI * day.getDayOfYear() / 365.25));
  }

  @Test
  void monthlyTotalsFollowTheYearlyCycleLearnedFromTwoYears() {
    int days = 731;
    double[][] rows = new double[days][24];
    for (int d = 0; d < days; d++) {
      LocalDate day = START.plusDays(d);
      for (int s = 0; s < 24; s++) {
        rows[d][s] =
            day.getDayOfWeek().getValue() == 7 || s < 8 || s >= 20
                ? Double.NaN
                : expectedDay(day) / 12;
      }
    }
    QueueHistory q = QueueHistory.ofOffered("q", ZoneId.of("UTC"), new DayGrid(START, 60, rows));
    LongTermForecast f = new LongTermForecaster().forecast(q, List.of(), 12);
    assertEquals(12, f.monthly().size());
    for (PeriodTotal month : f.monthly()) {
      double expected = 0;
      for (LocalDate d = month.from(); !d.isAfter(month.to()); d = d.plusDays(1)) {
        expected += expectedDay(d);
      }
      assertEquals(expected, month.offered(), 0.04 * expected, month.from().toString());
    }
    PeriodTotal firstWeek = f.weekly().get(0);
    assertEquals(LocalDate.of(2025, 12, 29), firstWeek.from());
    assertEquals(4, firstWeek.days(), "history ends on 31 Dec 2025: the first week keeps 1-4 Jan");
  }

  @Test
  void rejectsAHorizonOutsideOneToTwentyFourMonths() {
    double[][] rows = new double[30][24];
    QueueHistory q = QueueHistory.ofOffered("q", ZoneId.of("UTC"), new DayGrid(START, 60, rows));
    assertThrows(
        IllegalArgumentException.class, () -> new LongTermForecaster().forecast(q, List.of(), 30));
  }
}
