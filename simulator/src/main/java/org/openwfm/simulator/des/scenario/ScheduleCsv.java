package org.openwfm.simulator.des.scenario;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the schedule interchange CSV shared with the scheduler: header {@code
 * agent,start,end,activity,location}; one {@code SHIFT} row per shift spanning it, plus {@code
 * BREAK} and {@code LUNCH} rows inside it; {@code start} and {@code end} are ISO-8601 date-times
 * with offset (e.g. {@code 2026-03-02T08:00+02:00}); {@code location} is {@code OFFICE} or {@code
 * HOME} on SHIFT rows and empty on others. Times become seconds from the given horizon start.
 */
public final class ScheduleCsv {
  private static final List<String> HEADER =
      List.of("agent", "start", "end", "activity", "location");

  private final OffsetDateTime horizonStart;

  /**
   * @param horizonStart the instant that is time 0 of the simulation
   */
  public ScheduleCsv(OffsetDateTime horizonStart) {
    this.horizonStart = horizonStart;
  }

  /** Parses the CSV text; {@code source} names it in errors (with line and column). */
  public List<AgentShift> read(String text, String source) {
    // A byte-order mark from a spreadsheet export would spoil the first header name.
    String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
    if (lines.length == 0 || !List.of(lines[0].trim().split(",", -1)).equals(HEADER)) {
      throw new IllegalArgumentException(
          source + ": line 1: expected the header " + String.join(",", HEADER));
    }
    record Row(int line, String agent, double start, double end, String activity) {}
    List<Row> shifts = new ArrayList<>();
    List<Row> pauses = new ArrayList<>();
    for (int n = 1; n < lines.length; n++) {
      String line = lines[n].trim();
      if (line.isEmpty()) {
        continue;
      }
      int lineNumber = n + 1;
      String[] cells = line.split(",", -1);
      if (cells.length != HEADER.size()) {
        throw new IllegalArgumentException(
            source
                + ": line "
                + lineNumber
                + ": expected "
                + HEADER.size()
                + " columns, got "
                + cells.length);
      }
      String agent = cells[0].trim();
      if (agent.isEmpty()) {
        throw new IllegalArgumentException(
            source + ": line " + lineNumber + ", column agent: expected an agent name");
      }
      double start = seconds(cells[1], source, lineNumber, "start");
      double end = seconds(cells[2], source, lineNumber, "end");
      if (!(end > start)) {
        throw new IllegalArgumentException(
            source + ": line " + lineNumber + ", column end: expected a time after start");
      }
      String activity = cells[3].trim();
      String location = cells[4].trim();
      switch (activity) {
        case "SHIFT" -> {
          if (!location.equals("OFFICE") && !location.equals("HOME")) {
            throw new IllegalArgumentException(
                source
                    + ": line "
                    + lineNumber
                    + ", column location: expected OFFICE or HOME on a SHIFT row, got '"
                    + location
                    + "'");
          }
          shifts.add(new Row(lineNumber, agent, start, end, activity));
        }
        case "BREAK", "LUNCH" -> {
          if (!location.isEmpty()) {
            throw new IllegalArgumentException(
                source
                    + ": line "
                    + lineNumber
                    + ", column location: expected empty on a "
                    + activity
                    + " row");
          }
          pauses.add(new Row(lineNumber, agent, start, end, activity));
        }
        default ->
            throw new IllegalArgumentException(
                source
                    + ": line "
                    + lineNumber
                    + ", column activity: expected SHIFT, BREAK or LUNCH, got '"
                    + activity
                    + "'");
      }
    }
    Map<String, List<Row>> shiftsOf = new LinkedHashMap<>();
    for (Row shift : shifts) {
      shiftsOf.computeIfAbsent(shift.agent(), a -> new ArrayList<>()).add(shift);
    }
    for (List<Row> own : shiftsOf.values()) {
      own.sort(Comparator.comparingDouble(Row::start));
      for (int i = 1; i < own.size(); i++) {
        if (own.get(i).start() < own.get(i - 1).end()) {
          Row later = own.get(i);
          throw new IllegalArgumentException(
              source
                  + ": line "
                  + later.line()
                  + ": SHIFT of "
                  + later.agent()
                  + " overlaps the one on line "
                  + own.get(i - 1).line());
        }
      }
    }
    Map<Row, List<AgentShift.Pause>> pausesOf = new LinkedHashMap<>();
    for (Row shift : shifts) {
      pausesOf.put(shift, new ArrayList<>());
    }
    for (Row pause : pauses) {
      Row owner = null;
      for (Row shift : shifts) {
        if (shift.agent().equals(pause.agent())
            && pause.start() >= shift.start()
            && pause.end() <= shift.end()) {
          owner = shift;
          break;
        }
      }
      if (owner == null) {
        throw new IllegalArgumentException(
            source
                + ": line "
                + pause.line()
                + ": "
                + pause.activity()
                + " of "
                + pause.agent()
                + " lies inside none of its shifts");
      }
      pausesOf.get(owner).add(new AgentShift.Pause(pause.start(), pause.end()));
    }
    List<AgentShift> result = new ArrayList<>();
    for (Map.Entry<Row, List<AgentShift.Pause>> entry : pausesOf.entrySet()) {
      Row shift = entry.getKey();
      result.add(new AgentShift(shift.agent(), shift.start(), shift.end(), entry.getValue()));
    }
    return result;
  }

  private double seconds(String cell, String source, int line, String column) {
    try {
      OffsetDateTime time = OffsetDateTime.parse(cell.trim());
      return Duration.between(horizonStart, time).toMillis() / 1000.0;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          source
              + ": line "
              + line
              + ", column "
              + column
              + ": expected an ISO-8601 date-time with offset such as 2026-03-02T08:00+02:00, got '"
              + cell.trim()
              + "'");
    }
  }
}
