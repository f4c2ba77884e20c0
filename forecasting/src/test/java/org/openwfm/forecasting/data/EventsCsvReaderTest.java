package org.openwfm.forecasting.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsCsvReaderTest {

  private static List<Event> read(String csv) {
    return new EventsCsvReader().read(new StringReader(csv), "events.csv");
  }

  @Test
  void readsEventsWithOptionalQueueAndFactor() {
    List<Event> events =
        read(
            "date_from,date_to,kind,name,queue,factor\n"
                + "2026-02-14,2026-03-13,promotion,\"Valentine's, promo\",voice-et,1.3\n"
                + "2026-12-24,2026-12-24,holiday-eve,Christmas Eve,,\n");
    assertEquals(2, events.size());
    Event promo = events.get(0);
    assertEquals("Valentine's, promo", promo.name());
    assertEquals(1.3, promo.factor().getAsDouble());
    assertTrue(promo.covers(LocalDate.of(2026, 3, 13)));
    assertTrue(promo.appliesTo("voice-et"));
    assertTrue(!promo.appliesTo("chat-ru"));
    assertTrue(events.get(1).queue().isEmpty());
    assertTrue(events.get(1).factor().isEmpty());
  }

  @Test
  void rejectsEndBeforeStartAndBadFactorNamingLineAndField() {
    assertEquals(
        "events.csv line 2, field date_to: expected a date on or after date_from 2026-02-14,"
            + " found 2026-02-13",
        assertThrows(
                InputFormatException.class,
                () -> read("date_from,date_to,kind,name\n2026-02-14,2026-02-13,holiday,X\n"))
            .getMessage());
    assertEquals(
        "events.csv line 2, field factor: expected a number >= 0, found 'x'",
        assertThrows(
                InputFormatException.class,
                () -> read("date_from,date_to,kind,name,factor\n2026-02-14,2026-02-14,p,X,x\n"))
            .getMessage());
    assertEquals(
        "events.csv line 2, field kind: expected a category such as holiday or promotion,"
            + " found nothing",
        assertThrows(
                InputFormatException.class,
                () -> read("date_from,date_to,kind,name\n2026-02-14,2026-02-14,,X\n"))
            .getMessage());
  }
}
