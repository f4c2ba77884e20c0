package org.openwfm.web.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openwfm.web.infrastructure.demo.DemoCentre.HistoryInterval;

class DemoCsvWriterTest {

  private static final DemoCentre CENTRE =
      DemoCentreGenerator.generate(3, LocalDate.of(2026, 3, 31));

  @Test
  void historyCsvHasTheDesignHeaderAndOneRowPerInterval() throws IOException {
    StringWriter out = new StringWriter();
    long rows = DemoCsvWriter.writeHistory(CENTRE, out);
    List<String> lines = out.toString().lines().toList();
    assertEquals("queue,interval_start,offered,handled,abandoned,aht_seconds", lines.get(0));
    assertEquals(CENTRE.history().count(), rows);
    assertEquals(rows + 1, lines.size());
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",", -1);
      assertEquals(6, fields.length, line);
      LocalDateTime.parse(fields[1]);
      double offered = Double.parseDouble(fields[2]);
      assertEquals(offered, Double.parseDouble(fields[3]) + Double.parseDouble(fields[4]), line);
    }
  }

  @Test
  void historyRowsUseIsoLocalDateTimesAndWholeCounts() throws IOException {
    HistoryInterval interval =
        new HistoryInterval("voice-et", LocalDateTime.of(2026, 2, 14, 9, 15), 12, 11, 1, 287.25);
    StringWriter out = new StringWriter();
    DemoCsvWriter.writeHistory(Stream.of(interval), out);
    assertEquals(
        DemoCsvWriter.HISTORY_HEADER + "\nvoice-et,2026-02-14T09:15,12,11,1,287.25\n",
        out.toString());
  }

  @Test
  void eventsCsvListsQueueHolidaysAndThePromotionForAllQueuesButNoSiteOnlyRows()
      throws IOException {
    StringWriter out = new StringWriter();
    long rows = DemoCsvWriter.writeEvents(CENTRE, out);
    List<String> lines = out.toString().lines().toList();
    assertEquals("date_from,date_to,kind,name,queue,factor", lines.get(0));
    assertEquals(rows + 1, lines.size());
    assertTrue(lines.contains("2026-04-03,2026-04-03,holiday,Good Friday,voice-et,"), "EE");
    assertTrue(lines.contains("2026-06-19,2026-06-19,holiday,Midsummer Eve,email-fi,"), "FI");
    assertTrue(lines.contains("2026-05-25,2026-05-25,holiday,Whit Monday,chat-hu,"), "HU");
    assertTrue(lines.contains("2026-02-14,2026-03-13,promotion,Valentine's promotion,,"));
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",", -1);
      assertEquals(6, fields.length, line);
      boolean promotion = fields[2].equals(DemoCentre.KIND_PROMOTION);
      assertTrue(promotion || !fields[4].isEmpty(), "only promotions apply to all queues: " + line);
    }
  }

  @Test
  void numbersUseADotWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("287.25", DemoCsvWriter.number(287.25));
      assertEquals("12", DemoCsvWriter.number(12.0));
      assertEquals("1234567", DemoCsvWriter.number(1_234_567.0));
      assertEquals("0.333", DemoCsvWriter.number(1.0 / 3));
      assertEquals("2", DemoCsvWriter.number(2.0001));
      assertEquals("0.05", DemoCsvWriter.number(0.05));
      assertEquals("-1.5", DemoCsvWriter.number(-1.5));
      assertEquals("1.01", DemoCsvWriter.number(1.0099999));
      assertEquals("0", DemoCsvWriter.number(-0.0001));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void quotesFieldsWithCommasOrQuotes() {
    assertEquals("plain", DemoCsvWriter.field("plain"));
    assertEquals("\"Sale, big\"", DemoCsvWriter.field("Sale, big"));
    assertEquals("\"the \"\"best\"\" day\"", DemoCsvWriter.field("the \"best\" day"));
  }
}
