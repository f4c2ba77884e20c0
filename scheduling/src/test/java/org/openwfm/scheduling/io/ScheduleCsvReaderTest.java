package org.openwfm.scheduling.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleCsvReaderTest {

  private static final List<LocalDate> DATES =
      List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));

  @Test
  void readsShiftsInTheAgentsLocalTimeAndFillsDaysOff() throws IOException {
    String csv =
        "agent,start,end,activity,location\n"
            + "r1,2026-03-02T08:00+02:00,2026-03-02T16:30+02:00,SHIFT,HOME\n"
            + "r1,2026-03-02T10:00+02:00,2026-03-02T10:15+02:00,BREAK,\n";
    List<ProblemDocument.PlannedDayDoc> days =
        ScheduleCsvReader.read(
            new StringReader(csv), "old.csv", Map.of("r1", "Europe/Lisbon"), DATES,
            LocalDate.of(2026, 3, 2));
    assertEquals(
        List.of(
            new ProblemDocument.PlannedDayDoc("r1", "2026-03-02", "06:00", 510, "HOME", true),
            new ProblemDocument.PlannedDayDoc("r1", "2026-03-03", null, null, null, false)),
        days);
  }

  @Test
  void rejectsBadTimeAndNamesLineAndColumn() {
    String csv = "agent,start,end,activity,location\nr1,tomorrow,2026-03-02T16:30+02:00,SHIFT,HOME\n";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ScheduleCsvReader.read(
                    new StringReader(csv), "old.csv", Map.of("r1", "Europe/Lisbon"), DATES,
                    LocalDate.of(2026, 3, 1)));
    assertEquals(
        "old.csv:2: column start: expected an ISO-8601 date-time with offset, got \"tomorrow\"",
        e.getMessage());
  }
}
