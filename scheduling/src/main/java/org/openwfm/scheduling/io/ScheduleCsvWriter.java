package org.openwfm.scheduling.io;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openwfm.scheduling.domain.Activity;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.Schedule;

/**
 * Writes a schedule as CSV {@code agent,start,end,activity,location}: per shift one SHIFT row
 * spanning it (location OFFICE or HOME) followed by its BREAK and LUNCH rows (location empty).
 * Times are ISO-8601 with the offset of the agent's home time zone, e.g. 2026-03-02T08:00+02:00.
 * Rows are ordered by agent (input order) and start.
 */
public final class ScheduleCsvWriter {

  /** The header line. */
  public static final String HEADER = "agent,start,end,activity,location";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

  private ScheduleCsvWriter() {}

  public static void write(Schedule schedule, Writer out) throws IOException {
    Instant origin = schedule.getHorizon().startInstant();
    List<AgentDay> days = new ArrayList<>(schedule.getAgentDays());
    days.sort(
        Comparator.comparingInt((AgentDay d) -> d.getAgent().index())
            .thenComparingInt(AgentDay::getDayIndex));
    out.write(HEADER);
    out.write('\n');
    for (AgentDay day : days) {
      if (!day.isWorking()) {
        continue;
      }
      Instant start = origin.plusSeconds(day.startGridMinute() * 60L);
      String agent = day.getAgent().id();
      row(out, day, agent, start, day.getPattern().lengthMinutes(), "SHIFT",
          day.getLocation().name());
      for (Activity activity : day.getPattern().activities(day.getAgent().breakStagger())) {
        row(out, day, agent, start.plusSeconds(activity.offsetMinutes() * 60L),
            activity.lengthMinutes(), activity.type().name(), "");
      }
    }
    out.flush();
  }

  private static void row(
      Writer out, AgentDay day, String agent, Instant start, int minutes, String activity,
      String location) throws IOException {
    var zone = day.getAgent().timeZone();
    out.write(agent);
    out.write(',');
    out.write(TIME.format(start.atZone(zone)));
    out.write(',');
    out.write(TIME.format(start.plusSeconds(minutes * 60L).atZone(zone)));
    out.write(',');
    out.write(activity);
    out.write(',');
    out.write(location);
    out.write('\n');
  }
}
