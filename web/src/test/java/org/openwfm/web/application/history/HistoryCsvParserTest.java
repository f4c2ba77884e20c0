package org.openwfm.web.application.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryCsvParserTest {

  private static final Set<String> QUEUES = Set.of("voice-et", "chat-ru");

  private static HistoryCsvParser.Result parse(String csv) throws IOException {
    return new HistoryCsvParser().parse(new StringReader(csv), QUEUES);
  }

  @Test
  void readsColumnsInAnyOrderWithDecimalsAndEmptyOptionalValues() throws IOException {
    HistoryCsvParser.Result result = parse(
        "\uFEFFoffered,interval_start,queue,aht_seconds\n12.5,2026-02-14T09:15,voice-et,\n0,2026-02-14T09:30,chat-ru,310\n");
    assertEquals(0, result.problems().size(), result.problems().toString());
    HistoryRecord first = result.records().get(0);
    assertEquals(2, first.line());
    assertEquals("voice-et", first.queue());
    assertEquals(LocalDateTime.of(2026, 2, 14, 9, 15), first.intervalStart());
    assertEquals(12.5, first.offered());
    assertTrue(Double.isNaN(first.ahtSeconds()));
    assertEquals(310, result.records().get(1).ahtSeconds());
  }

  @Test
  void rejectsHistoryWithNegativeVolumeAndNamesTheLine() throws IOException {
    HistoryCsvParser.Result result = parse("queue,interval_start,offered\nvoice-et,2026-02-14T09:15,-1\n");
    assertEquals(1, result.problems().size());
    ImportProblem problem = result.problems().get(0);
    assertEquals(2, problem.line());
    assertEquals("offered", problem.field());
    assertTrue(problem.message().contains("0 or more"), problem.message());
  }

  @Test
  void reportsEveryBadLineNotJustTheFirst() throws IOException {
    HistoryCsvParser.Result result = parse("queue,interval_start,offered\n"
        + "voice-xx,2026-02-14T09:15,1\n"
        + "voice-et,14.02.2026 09:30,1\n"
        + "voice-et,2026-02-14T09:45,many\n"
        + "voice-et,2026-02-14T10:00\n"
        + "voice-et,2026-02-14T10:15,1\n"
        + "voice-et,2026-02-14T10:15,2\n");
    assertEquals(5, result.problems().size(), result.problems().toString());
    assertEquals(2, result.problems().get(0).line());
    assertEquals("queue", result.problems().get(0).field());
    assertEquals("interval_start", result.problems().get(1).field());
    assertEquals("offered", result.problems().get(2).field());
    assertEquals(5, result.problems().get(3).line());
    assertTrue(result.problems().get(4).message().contains("appears twice"));
  }

  @Test
  void rejectsAMissingRequiredColumnAndAnUnknownOne() throws IOException {
    HistoryCsvParser.Result result = parse("queue,start,offered\nvoice-et,2026-02-14T09:15,1\n");
    assertEquals(2, result.problems().size(), result.problems().toString());
    assertEquals("start", result.problems().get(0).field());
    assertEquals("interval_start", result.problems().get(1).field());
  }

  @Test
  void rejectsAnEmptyFile() throws IOException {
    assertEquals(1, parse("").problems().size());
    assertEquals(1, parse("queue,interval_start,offered\n").problems().size());
  }
}
