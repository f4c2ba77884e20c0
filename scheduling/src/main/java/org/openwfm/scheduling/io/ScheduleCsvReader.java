package org.openwfm.scheduling.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a schedule CSV written by {@link ScheduleCsvWriter} back as earlier decisions ({@link
 * ProblemDocument.PlannedDayDoc}) for re-solving with stability: one planned day per SHIFT row
 * (BREAK and LUNCH rows are ignored, breaks follow the rules), local to the agent's time zone.
 * Days up to and including {@code publishedUntil} are marked published (pinned); every other date
 * of the horizon without a shift becomes a day off, so moving a shift onto it counts as a change.
 */
public final class ScheduleCsvReader {

  private ScheduleCsvReader() {}

  /**
   * @param agentZones each agent's home time zone id, to turn instants into local dates and times
   * @param dates the dates of the horizon
   */
  public static List<ProblemDocument.PlannedDayDoc> read(
      Reader in,
      String source,
      Map<String, String> agentZones,
      List<LocalDate> dates,
      LocalDate publishedUntil)
      throws IOException {
    BufferedReader reader = new BufferedReader(in);
    String header = reader.readLine();
    if (header == null || !header.strip().equals(ScheduleCsvWriter.HEADER)) {
      throw new IllegalArgumentException(
          source + ":1: expected header \"" + ScheduleCsvWriter.HEADER + "\"");
    }
    List<ProblemDocument.PlannedDayDoc> days = new ArrayList<>();
    java.util.Set<String> worked = new java.util.HashSet<>();
    String line;
    int number = 1;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != 5) {
        throw new IllegalArgumentException(
            source + ":" + number + ": expected 5 columns agent,start,end,activity,location");
      }
      if (!cells[3].equals("SHIFT")) {
        continue;
      }
      String agent = cells[0];
      String zone = agentZones.get(agent);
      if (zone == null) {
        throw new IllegalArgumentException(
            source + ":" + number + ": column agent: unknown agent \"" + agent + "\"");
      }
      OffsetDateTime start = dateTime(cells[1], source, number, "start");
      OffsetDateTime end = dateTime(cells[2], source, number, "end");
      ZonedDateTime local = start.atZoneSameInstant(java.time.ZoneId.of(zone));
      int minutes = (int) Duration.between(start, end).toMinutes();
      if (minutes <= 0) {
        throw new IllegalArgumentException(
            source + ":" + number + ": column end: must be after start");
      }
      LocalDate date = local.toLocalDate();
      worked.add(agent + "/" + date);
      days.add(
          new ProblemDocument.PlannedDayDoc(
              agent,
              date.toString(),
              String.format("%02d:%02d", local.getHour(), local.getMinute()),
              minutes,
              cells[4].isEmpty() ? null : cells[4],
              !date.isAfter(publishedUntil)));
    }
    for (String agent : agentZones.keySet()) {
      for (LocalDate date : dates) {
        if (!worked.contains(agent + "/" + date)) {
          days.add(
              new ProblemDocument.PlannedDayDoc(
                  agent, date.toString(), null, null, null, !date.isAfter(publishedUntil)));
        }
      }
    }
    return days;
  }

  private static OffsetDateTime dateTime(String text, String source, int line, String column) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          source + ":" + line + ": column " + column
              + ": expected an ISO-8601 date-time with offset, got \"" + text + "\"");
    }
  }
}
