package org.openwfm.forecasting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HoltWintersModelTest {

  @Test
  void forecastsAPureDoubleSeasonalSeriesClosely() {
    // Intraday cycle plus a weekday offset, 24 slots, open every day.
    TrainingData data =
        Series.of(
            112,
            24,
            (day, d, s) ->
                50 + 20 * Math.sin(2 * Math.PI * s / 24) + 5 * day.getDayOfWeek().getValue());
    double[][] f = new HoltWintersModel().forecast(data, 7);
    for (int h = 0; h < 7; h++) {
      java.time.LocalDate day = Series.MONDAY.plusDays(112 + h);
      for (int s = 0; s < 24; s++) {
        double expected =
            50 + 20 * Math.sin(2 * Math.PI * s / 24) + 5 * day.getDayOfWeek().getValue();
        assertEquals(expected, f[h][s], 0.5, day + " slot " + s);
      }
    }
  }

  @Test
  void skipsClosedWeekdaysAndKeepsTheirSlotsEmpty() {
    TrainingData data = Series.of(112, 12, (day, d, s) -> Series.weekdayShape(day, s, 10));
    double[][] f = new HoltWintersModel().forecast(data, 7);
    int sunday = 6 - (112 % 7); // the horizon day that is a Sunday
    for (int s = 0; s < 12; s++) {
      assertEquals(0, f[sunday][s], 1e-12);
    }
    assertTrue(f[0][5] > 0);
  }

  @Test
  void tunedModelReusesItsParameters() {
    TrainingData data = Series.of(70, 12, (day, d, s) -> Series.weekdayShape(day, s, 10));
    HoltWintersModel tuned = (HoltWintersModel) new HoltWintersModel().tunedOn(data);
    assertTrue(tuned.parameters().isPresent());
    assertEquals(4, tuned.parameters().get().length);
  }
}
