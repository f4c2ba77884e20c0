package org.openwfm.web.application.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openwfm.web.application.history.ImportProblem;

class EventsCsvParserTest {

  private static final Set<String> QUEUES = Set.of("voice-et", "chat-ru");

  private static EventsCsvParser.Result parse(String csv) throws IOException {
    return new EventsCsvParser().parse(new StringReader(csv), QUEUES);
  }

  @Test
  void readsRequiredAndOptionalColumnsInAnyOrderWithQuotedNames() throws IOException {
    EventsCsvParser.Result result = parse("\uFEFFkind,name,date_from,date_to,queue,factor\n"
        + "promotion,\"Valentine's promotion, spring\",2026-02-14,2026-03-13,,1.25\n"
        + "holiday,Christmas Day,2026-12-25,2026-12-25,voice-et,\n");
    assertEquals(List.of(), result.problems());
    EventRecord promotion = result.records().get(0);
    assertEquals(2, promotion.line());
    assertEquals("Valentine's promotion, spring", promotion.name());
    assertEquals(LocalDate.of(2026, 2, 14), promotion.dateFrom());
    assertEquals(LocalDate.of(2026, 3, 13), promotion.dateTo());
    assertEquals(Optional.empty(), promotion.queue());
    assertEquals(1.25, promotion.factor().getAsDouble());
    EventRecord christmas = result.records().get(1);
    assertEquals(Optional.of("voice-et"), christmas.queue());
    assertTrue(christmas.factor().isEmpty(), "an empty factor means: learn the effect");
  }

  @Test
  void withoutOptionalColumnsEventsConcernEveryQueue() throws IOException {
    EventsCsvParser.Result result = parse("date_from,date_to,kind,name\n2026-06-23,2026-06-24,holiday,Midsummer\n");
    assertEquals(List.of(), result.problems());
    assertEquals(Optional.empty(), result.records().get(0).queue());
  }

  @Test
  void rejectsEveryBadLineNamingLineAndField() throws IOException {
    EventsCsvParser.Result result = parse("date_from,date_to,kind,name,queue,factor\n"
        + "2026-02-14,2026-03-13,promotion,Valentine,,1.2\n"
        + "2026-02-30,2026-03-01,holiday,Nonsense,,\n"
        + "2026-05-02,2026-05-01,outage,Backwards,,\n"
        + "2026-05-04,2026-05-04,,No kind,,\n"
        + "2026-05-05,2026-05-05,holiday,Unknown queue,voice-zz,\n"
        + "2026-05-06,2026-05-06,promotion,Negative,,-1\n"
        + "2026-05-07,2026-05-07,promotion,Text factor,,lots\n"
        + "2026-05-08,2026-05-08,promotion,Too few fields\n");
    assertTrue(result.records().size() <= 1);
    List<String> found = result.problems().stream().map(p -> p.line() + ":" + p.field()).toList();
    assertEquals(List.of("3:date_from", "4:date_to", "5:kind", "6:queue", "7:factor", "8:factor", "9:"), found);
    ImportProblem unknown = result.problems().get(3);
    assertTrue(unknown.message().contains("voice-zz") && unknown.message().contains("voice-et"), unknown.message());
  }

  @Test
  void rejectsMissingAndUnknownColumnsInTheHeader() throws IOException {
    EventsCsvParser.Result result = parse("date_from,kind,name,colour\n2026-05-01,holiday,May Day,red\n");
    List<String> found = result.problems().stream().map(p -> p.line() + ":" + p.field()).toList();
    assertEquals(List.of("1:colour", "1:date_to"), found);
    assertTrue(result.records().isEmpty());
  }

  @Test
  void rejectsAnEventTwiceInTheSameFile() throws IOException {
    EventsCsvParser.Result result = parse("date_from,date_to,kind,name\n"
        + "2026-05-01,2026-05-01,holiday,May Day\n2026-05-01,2026-05-01,Holiday,May Day\n");
    assertEquals(1, result.problems().size());
    assertEquals(3, result.problems().get(0).line());
  }

  @Test
  void rejectsAnEmptyFileAndAHeaderWithoutLines() throws IOException {
    assertEquals(1, parse("").problems().size());
    EventsCsvParser.Result headerOnly = parse("date_from,date_to,kind,name\n");
    assertEquals(1, headerOnly.problems().size());
    assertTrue(headerOnly.problems().get(0).message().contains("no data lines"));
  }

  @Test
  void rejectsAnUnclosedQuote() throws IOException {
    EventsCsvParser.Result result = parse("date_from,date_to,kind,name\n2026-05-01,2026-05-01,holiday,\"May Day\n");
    assertEquals(1, result.problems().size());
    assertEquals(2, result.problems().get(0).line());
  }
}
