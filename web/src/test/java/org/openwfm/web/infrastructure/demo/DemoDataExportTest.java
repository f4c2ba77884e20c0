package org.openwfm.web.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataExportTest {

  @TempDir Path folder;

  @Test
  void writesHistoryAndEventsCsvIntoTheFolder() throws IOException {
    Path target = folder.resolve("demo");
    DemoDataExport.Summary summary = DemoDataExport.run(target.toString(), "5", "2026-06-30");
    assertEquals(5, summary.seed());
    assertEquals(LocalDate.of(2026, 6, 30), summary.lastHistoryDay());
    List<String> history =
        Files.readAllLines(target.resolve("history.csv"), StandardCharsets.UTF_8);
    List<String> events = Files.readAllLines(target.resolve("events.csv"), StandardCharsets.UTF_8);
    assertEquals(DemoCsvWriter.HISTORY_HEADER, history.get(0));
    assertEquals(DemoCsvWriter.EVENTS_HEADER, events.get(0));
    assertEquals(summary.historyRows() + 1, history.size());
    assertEquals(summary.eventRows() + 1, events.size());
    assertTrue(history.get(history.size() - 1).contains(",2026-06-30T"));
    try (Stream<Path> files = Files.list(target)) {
      assertFalse(files.anyMatch(f -> f.toString().endsWith(".tmp")), "no temporary files left");
    }
  }

  @Test
  void rejectsASeedThatIsNotAWholeNumberAndNamesTheArgument() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DemoDataExport.run(folder.toString(), "forty-two"));
    assertEquals("argument seed: expected a whole number, got 'forty-two'", e.getMessage());
  }

  @Test
  void rejectsAMalformedLastHistoryDayAndNamesTheArgument() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DemoDataExport.run(folder.toString(), "1", "31.10.2026"));
    assertTrue(e.getMessage().startsWith("argument last-history-day:"), e.getMessage());
    assertTrue(e.getMessage().contains("31.10.2026"), e.getMessage());
  }

  @Test
  void rejectsMissingOrExtraArguments() {
    assertThrows(IllegalArgumentException.class, DemoDataExport::run);
    assertThrows(
        IllegalArgumentException.class, () -> DemoDataExport.run("a", "1", "2026-01-01", "x"));
  }
}
