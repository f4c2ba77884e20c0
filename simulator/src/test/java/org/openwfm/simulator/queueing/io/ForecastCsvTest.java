package org.openwfm.simulator.queueing.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastCsvTest {

  @Test
  void readsColumnsByNameInAnyOrder() throws Exception {
    String csv =
        "aht_seconds,queue,offered,interval_start\n"
            + "180,voice-et,12.5,2026-02-14T09:15\n"
            + "\n"
            + "200,voice-et,0,2026-02-14T09:30\n";
    List<ForecastRow> rows = ForecastCsv.read(new StringReader(csv), "f.csv");
    assertEquals(2, rows.size());
    assertEquals(
        new ForecastRow("voice-et", LocalDateTime.of(2026, 2, 14, 9, 15), 12.5, 180, 2),
        rows.get(0));
    assertEquals(4, rows.get(1).line());
  }

  @Test
  void rejectsANegativeVolumeNamingFileLineAndColumn() {
    String csv =
        "queue,interval_start,offered,offered_low,offered_high,aht_seconds\n"
            + "voice-et,2026-02-14T09:15,-3,1,2,180\n";
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> ForecastCsv.read(new StringReader(csv), "forecast.csv"));
    assertEquals(
        "forecast.csv line 2, column offered: expected a number >= 0, got '-3'",
        error.getMessage());
  }

  @Test
  void rejectsAMissingColumnAndABadDate() {
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> ForecastCsv.read(new StringReader("queue,offered\n"), "f.csv"));
    assertEquals(
        "f.csv line 1: missing column interval_start (expected "
            + "queue,interval_start,offered,offered_low,offered_high,aht_seconds)",
        missing.getMessage());
    IllegalArgumentException date =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ForecastCsv.read(
                    new StringReader("queue,interval_start,offered,aht_seconds\nq,14.2.2026,1,1\n"),
                    "f.csv"));
    assertEquals(
        "f.csv line 2, column interval_start: expected an ISO-8601 local date-time such as"
            + " 2026-02-14T09:15, got '14.2.2026'",
        date.getMessage());
  }

  @Test
  void rejectsASecondRowForTheSameQueueAndIntervalNamingBothLines() {
    String csv =
        "queue,interval_start,offered,aht_seconds\n"
            + "q,2026-02-14T09:15,1,100\n"
            + "r,2026-02-14T09:15,1,100\n"
            + "q,2026-02-14T09:15:00,2,100\n";
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> ForecastCsv.read(new StringReader(csv), "f.csv"));
    assertEquals(
        "f.csv line 4: second row for queue q and interval_start 2026-02-14T09:15 (first on line"
            + " 2)",
        error.getMessage());
  }

  @Test
  void rejectsAnImpossibleDateWithTheUsualMessage() {
    String csv = "queue,interval_start,offered,aht_seconds\nq,2026-02-30T09:15,1,100\n";
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> ForecastCsv.read(new StringReader(csv), "f.csv"));
    assertEquals(
        "f.csv line 2, column interval_start: expected an ISO-8601 local date-time such as"
            + " 2026-02-14T09:15, got '2026-02-30T09:15'",
        error.getMessage());
  }
}
