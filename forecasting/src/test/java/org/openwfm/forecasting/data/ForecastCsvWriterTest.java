package org.openwfm.forecasting.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.openwfm.forecasting.ForecastResult;
import org.openwfm.forecasting.IntervalForecast;
import org.openwfm.forecasting.QueueForecast;
import org.openwfm.forecasting.backtest.BacktestReport;

class ForecastCsvWriterTest {

  @Test
  void writesTheForecastLayoutWithRoundedNumbersAndEmptyAhtWhenUnknown() {
    BacktestReport report = new BacktestReport("daily-profile", 0, 14, List.of(), 0.8, 0.8);
    QueueForecast q =
        new QueueForecast(
            "voice-et",
            15,
            "daily-profile",
            List.of(
                new IntervalForecast(
                    LocalDateTime.of(2026, 2, 14, 9, 15),
                    12.34567,
                    10,
                    15.5,
                    OptionalDouble.of(180.04)),
                new IntervalForecast(
                    LocalDateTime.of(2026, 2, 14, 9, 30), 2, 0, 4, OptionalDouble.empty())),
            report,
            List.of(),
            List.of(),
            List.of());
    StringWriter out = new StringWriter();
    new ForecastCsvWriter().write(new ForecastResult(List.of(q)), out);
    assertEquals(
        "queue,interval_start,offered,offered_low,offered_high,aht_seconds\n"
            + "voice-et,2026-02-14T09:15,12.346,10,15.5,180\n"
            + "voice-et,2026-02-14T09:30,2,0,4,\n",
        out.toString());
  }
}
