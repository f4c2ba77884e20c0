package org.openwfm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {
  @TempDir Path dir;

  /** Eight weeks of a weekday queue open 08:00-12:00 in 15-minute intervals, with AHT. */
  private Path history() throws Exception {
    StringBuilder csv = new StringBuilder("queue,interval_start,offered,handled,aht_seconds\n");
    LocalDateTime day = LocalDateTime.of(2026, 1, 5, 0, 0);
    for (int d = 0; d < 56; d++, day = day.plusDays(1)) {
      if (day.getDayOfWeek().getValue() >= 6) {
        continue;
      }
      for (int s = 32; s < 48; s++) {
        double offered = 10 + (s % 4) + (d % 3) * 0.5;
        csv.append("voice-et,")
            .append(day.plusMinutes(15L * s))
            .append(',')
            .append(offered)
            .append(',')
            .append(offered)
            .append(",180\n");
      }
    }
    Path file = dir.resolve("history.csv");
    Files.writeString(file, csv);
    return file;
  }

  private record Run(int code, String err) {}

  private static Run run(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new Run(Wfm.run(args), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  @Test
  void writesOneRowPerOpenIntervalOfEachForecastDayAndAReport() throws Exception {
    Path out = dir.resolve("forecast.csv");
    Path report = dir.resolve("report.md");
    Path events = dir.resolve("events.csv");
    Files.writeString(
        events, "date_from,date_to,kind,name,factor\n2026-03-04,2026-03-04,promotion,Launch,1.5\n");
    Run r =
        run(
            "forecast",
            "--history",
            history().toString(),
            "--events",
            events.toString(),
            "--horizon",
            "7",
            "--out",
            out.toString(),
            "--report",
            report.toString(),
            "--long-term-out",
            dir.resolve("long.csv").toString(),
            "--long-term-months",
            "6");
    assertEquals(0, r.code(), r.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals("queue,interval_start,offered,offered_low,offered_high,aht_seconds", lines.get(0));
    assertEquals(1 + 5 * 16, lines.size(), "5 weekdays of 16 open intervals");
    assertTrue(lines.get(1).startsWith("voice-et,2026-03-02T08:00,"));
    assertTrue(lines.get(1).endsWith(",180"));
    String text = Files.readString(report);
    assertTrue(text.contains("## Queue voice-et"));
    assertTrue(text.contains("| daily-profile | 1-7 |"));
    assertTrue(text.contains("back-test coverage"));
    List<String> longTerm = Files.readAllLines(dir.resolve("long.csv"));
    assertEquals("queue,period,date_from,date_to,offered,days", longTerm.get(0));
    // The history ends on Friday 27 February: the first week keeps its weekend only.
    assertTrue(
        longTerm.get(1).startsWith("voice-et,week,2026-02-23,2026-03-01,0,2"), longTerm.get(1));
    assertEquals(
        7, longTerm.stream().filter(l -> l.contains(",month,")).count(), "February to August");
  }

  @Test
  void badHistoryExitsWithCodeTwoNamingLineAndFieldAndWritesNothing() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad, "queue,interval_start,offered\nq,2026-01-05T08:00,4\nq,2026-01-05T08:15,-1\n");
    Path out = dir.resolve("forecast.csv");
    Run r = run("forecast", "--history", bad.toString(), "--horizon", "7", "--out", out.toString());
    assertEquals(2, r.code());
    assertEquals(
        "wfm: " + bad + " line 3, field offered: expected a number >= 0, found '-1'",
        r.err().trim());
    assertFalse(Files.exists(out));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void rejectsUnknownMethodAndBadTimeZoneNamingTheOption() throws Exception {
    Path out = dir.resolve("forecast.csv");
    Run method =
        run(
            "forecast",
            "--history",
            history().toString(),
            "--horizon",
            "7",
            "--out",
            out.toString(),
            "--method",
            "arima");
    assertEquals(2, method.code());
    assertTrue(
        method.err().startsWith("wfm: --method: expected one of auto, previous-day"), method.err());
    Run zone =
        run(
            "forecast",
            "--history",
            history().toString(),
            "--horizon",
            "7",
            "--out",
            out.toString(),
            "--time-zone",
            "Mars/Olympus");
    assertEquals(2, zone.code());
    assertTrue(zone.err().contains("--time-zone"), zone.err());
    Run missing =
        run(
            "forecast",
            "--history",
            dir.resolve("nope.csv").toString(),
            "--horizon",
            "7",
            "--out",
            out.toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--history: file not found"), missing.err());
    assertFalse(Files.exists(out));
  }
}
