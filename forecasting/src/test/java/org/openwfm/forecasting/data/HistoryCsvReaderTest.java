package org.openwfm.forecasting.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalInt;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class HistoryCsvReaderTest {

  private static History read(String csv) {
    return new HistoryCsvReader().read(new StringReader(csv), "history.csv");
  }

  private static String message(String csv) {
    return assertThrows(InputFormatException.class, () -> read(csv)).getMessage();
  }

  @Test
  void readsSeveralQueuesWithDecimalsZerosAndAbsentIntervals() {
    History h =
        read(
            "queue,interval_start,offered\n"
                + "voice-et,2026-02-14T09:00,3.5\n"
                + "chat-ru,2026-02-14T09:15,0\n"
                + "voice-et,2026-02-14T09:30,2\n");
    assertEquals(2, h.queues().size());
    QueueHistory voice = h.queues().get(0);
    assertEquals("voice-et", voice.queue());
    assertEquals(30, voice.intervalMinutes());
    assertEquals(3.5, voice.offered().value(0, 18));
    assertEquals(2, voice.offered().value(0, 19));
    assertTrue(Double.isNaN(voice.offered().value(0, 20)), "absent interval stays absent");
    QueueHistory chat = h.queues().get(1);
    assertEquals(15, chat.intervalMinutes());
    assertEquals(0, chat.offered().value(0, 37), "a written zero is a zero");
  }

  @Test
  void infersSixMinuteGridAndReadsOptionalColumns() {
    History h =
        read(
            "interval_start,queue,offered,handled,abandoned,aht_seconds\n"
                + "1999-01-01T00:06,il,2,2,0,180\n"
                + "1999-01-01T00:12,il,4,3,1,\n");
    QueueHistory q = h.queues().get(0);
    assertEquals(6, q.intervalMinutes());
    assertEquals(180, q.ahtSeconds().orElseThrow().value(0, 1));
    assertTrue(Double.isNaN(q.ahtSeconds().orElseThrow().value(0, 2)));
    assertEquals(3, q.handled().orElseThrow().value(0, 2));
  }

  @Test
  void rejectsHistoryWithNegativeVolumeAndNamesTheLine() {
    assertEquals(
        "history.csv line 3, field offered: expected a number >= 0, found '-3'",
        message("queue,interval_start,offered\nq,2026-02-14T09:00,1\nq,2026-02-14T09:15,-3\n"));
  }

  @Test
  void rejectsBadDateTimeMissingColumnAndMissingField() {
    assertTrue(
        message("queue,interval_start,offered\nq,14.02.2026 09:00,1\n")
            .startsWith("history.csv line 2, field interval_start: expected an ISO-8601"));
    assertTrue(
        message("queue,start,offered\nq,2026-02-14T09:00,1\n")
            .startsWith("history.csv line 1, field interval_start: missing column"));
    assertEquals(
        "history.csv line 2, field offered: missing, expected 3 fields",
        message("queue,interval_start,offered\nq,2026-02-14T09:00\n"));
    assertEquals(
        "history.csv line 2, field offered: expected a number >= 0, found 'many'",
        message("queue,interval_start,offered\nq,2026-02-14T09:00,many\n"));
  }

  @Test
  void rejectsDuplicateIntervalNamingBothLines() {
    String m =
        message(
            "queue,interval_start,offered\nq,2026-02-14T09:00,1\nq,2026-02-14T09:15,1\n"
                + "q,2026-02-14T09:00,2\n");
    assertEquals(
        "history.csv line 4, field interval_start: expected each interval once per queue, found"
            + " 2026-02-14T09:00 of queue q again (first on line 2)",
        m);
  }

  @Test
  void rejectsStartOffTheGivenGrid() {
    HistoryCsvReader reader = new HistoryCsvReader(ZoneId.of("UTC"), OptionalInt.of(15));
    String m =
        assertThrows(
                InputFormatException.class,
                () ->
                    reader.read(
                        new StringReader("queue,interval_start,offered\nq,2026-02-14T09:05,1\n"),
                        "h.csv"))
            .getMessage();
    assertEquals(
        "h.csv line 2, field interval_start: expected a start on the 15-minute grid of queue q,"
            + " found 2026-02-14T09:05",
        m);
  }

  @Test
  void averagesTheRepeatedHourOfTheAutumnChangeInTheQueueZone() {
    HistoryCsvReader reader = new HistoryCsvReader(ZoneId.of("Europe/Tallinn"), OptionalInt.of(60));
    History h =
        reader.read(
            new StringReader(
                "queue,interval_start,offered\n"
                    + "q,2026-10-25T03:00,10\n"
                    + "q,2026-10-25T03:00,20\n"
                    + "q,2026-10-25T04:00,5\n"),
            "h.csv");
    assertEquals(15, h.queues().get(0).offered().value(0, 3));
    assertThrows(
        InputFormatException.class,
        () ->
            reader.read(
                new StringReader(
                    "queue,interval_start,offered\nq,2026-10-25T05:00,1\nq,2026-10-25T05:00,2\n"),
                "h.csv"),
        "outside the repeated hour a duplicate is an error");
  }

  @Test
  void readsTheUsBankFileWhenSharedDataIsPresent() throws Exception {
    Path file =
        Path.of(System.getProperty("wfm.sharedData", "../shared/data"), "us-bank-2003/history.csv");
    Assumptions.assumeTrue(Files.exists(file), "shared data not available");
    QueueHistory q =
        new HistoryCsvReader().read(Files.newBufferedReader(file), "history.csv").queues().get(0);
    assertEquals(5, q.intervalMinutes());
    assertEquals(LocalDate.of(2003, 3, 3), q.offered().firstDay());
    long present = 0;
    for (int d = 0; d < q.offered().days(); d++) {
      for (int s = 0; s < q.offered().slotsPerDay(); s++) {
        present += Double.isNaN(q.offered().value(d, s)) ? 0 : 1;
      }
    }
    assertEquals(27716, present);
  }
}
