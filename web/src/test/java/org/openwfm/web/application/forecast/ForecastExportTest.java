package org.openwfm.web.application.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openwfm.forecasting.backtest.BacktestReport;
import org.openwfm.forecasting.backtest.MethodScore;

class ForecastExportTest {

  private static final List<IntervalRow> ROWS = List.of(
      new IntervalRow("voice-et", LocalDateTime.parse("2026-12-01T09:00"), 15, 12.34567, 10.0004, 15.5, 301.26),
      new IntervalRow("email-et", LocalDateTime.parse("2026-12-01T09:15"), 15, 2, 1, 3, 0));

  @Test
  void csvHasTheForecastCsvLayoutWithRoundedContactsAndEmptyUnknownAht() {
    ForecastExport.Download csv = ForecastExport.download(7, Optional.of("voice-et"), ROWS, "csv");
    assertEquals("text/csv", csv.contentType());
    assertEquals("forecast-7-voice-et.csv", csv.fileName());
    String[] lines = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
    assertEquals("queue,interval_start,offered,offered_low,offered_high,aht_seconds", lines[0]);
    assertEquals("voice-et,2026-12-01T09:00,12.346,10,15.5,301.3", lines[1]);
    assertEquals("email-et,2026-12-01T09:15,2,1,3,", lines[2]);
  }

  @Test
  void excelIsAZipWorkbookAndUnknownFormatsAreRefused() {
    ForecastExport.Download xlsx = ForecastExport.download(7, Optional.empty(), ROWS, "xlsx");
    assertEquals("forecast-7.xlsx", xlsx.fileName());
    assertEquals('P', xlsx.body()[0]);
    assertEquals('K', xlsx.body()[1]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ForecastExport.download(7, Optional.empty(), ROWS, "pdf"));
    assertEquals("format: expected csv or xlsx, found 'pdf'.", e.getMessage());
  }

  @Test
  void backtestTableKeepsEachMethodsWholeHorizonRow() {
    BacktestReport report = new BacktestReport("daily-profile", 8, 14, List.of(
        new MethodScore("daily-profile", 1, 14, 0.20, 0.8, 0.01, 900),
        new MethodScore("holt-winters", 1, 14, 0.22, 0.9, -0.02, 900),
        new MethodScore("daily-profile", 1, 7, 0.18, 0.7, 0.0, 450),
        new MethodScore("daily-profile", 8, 14, 0.23, 0.9, 0.02, 450),
        new MethodScore("holt-winters", 1, 7, 0.21, 0.8, 0.0, 450)), 0.8, 0.79);
    List<MethodScore> kept = ForecastStore.wholeHorizonScores(report);
    assertEquals(2, kept.size());
    assertEquals(0.20, kept.get(0).wape());
    assertEquals(14, kept.get(1).toDay());
  }
}
