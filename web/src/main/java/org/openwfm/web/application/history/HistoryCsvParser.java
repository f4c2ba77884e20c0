package org.openwfm.web.application.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the History CSV layout of DESIGN.md: a header naming the columns {@code queue}, {@code interval_start},
 * {@code offered} and optionally {@code handled}, {@code abandoned}, {@code aht_seconds}, in any order. Checks
 * every line and collects the problems (up to {@link #MAX_PROBLEMS}) instead of stopping at the first, so a
 * planner can fix a file in one go.
 */
public final class HistoryCsvParser {

  /** Problems reported at most; beyond that the file is clearly not in the expected layout. */
  public static final int MAX_PROBLEMS = 50;

  private static final List<String> REQUIRED = List.of("queue", "interval_start", "offered");
  private static final List<String> OPTIONAL = List.of("handled", "abandoned", "aht_seconds");

  /** The parsed lines and the problems; the records are usable only when there are no problems. */
  public record Result(List<HistoryRecord> records, List<ImportProblem> problems) {}

  /**
   * Parses a whole file.
   *
   * @param knownQueues the queue codes that exist; any other code is a problem
   */
  public Result parse(Reader input, Set<String> knownQueues) throws IOException {
    List<HistoryRecord> records = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    BufferedReader reader = new BufferedReader(input);
    String header = reader.readLine();
    if (header == null || header.isBlank()) {
      problems.add(new ImportProblem(1, "", "the file is empty; expected a header row " + String.join(",", REQUIRED)));
      return new Result(records, problems);
    }
    Map<String, Integer> columns = columns(stripBom(header), problems);
    if (!problems.isEmpty()) {
      return new Result(records, problems);
    }
    Set<String> seen = new HashSet<>();
    String line;
    int lineNumber = 1;
    while ((line = reader.readLine()) != null && problems.size() < MAX_PROBLEMS) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != columns.size()) {
        problems.add(new ImportProblem(lineNumber, "",
            "expected " + columns.size() + " comma-separated fields, found " + cells.length));
        continue;
      }
      int before = problems.size();
      String queue = cells[columns.get("queue")].strip();
      if (!knownQueues.contains(queue)) {
        problems.add(new ImportProblem(lineNumber, "queue",
            "unknown queue '" + queue + "'; expected one of " + String.join(", ", new TreeSet<>(knownQueues))));
      }
      LocalDateTime start = null;
      String startText = cells[columns.get("interval_start")].strip();
      try {
        start = LocalDateTime.parse(startText);
      } catch (DateTimeParseException e) {
        problems.add(new ImportProblem(lineNumber, "interval_start",
            "'" + startText + "' is not an ISO-8601 local date-time such as 2026-02-14T09:15"));
      }
      double offered = number(cells, columns, "offered", lineNumber, problems, false);
      double handled = number(cells, columns, "handled", lineNumber, problems, true);
      double abandoned = number(cells, columns, "abandoned", lineNumber, problems, true);
      double aht = number(cells, columns, "aht_seconds", lineNumber, problems, true);
      if (problems.size() == before) {
        if (!seen.add(queue + '|' + start)) {
          problems.add(new ImportProblem(lineNumber, "interval_start",
              "interval " + start + " of queue " + queue + " appears twice in the file"));
        } else {
          records.add(new HistoryRecord(lineNumber, queue, start, offered, handled, abandoned, aht));
        }
      }
    }
    if (records.isEmpty() && problems.isEmpty()) {
      problems.add(new ImportProblem(lineNumber, "", "the file has a header but no data lines"));
    }
    return new Result(records, problems);
  }

  private static Map<String, Integer> columns(String header, List<ImportProblem> problems) {
    Map<String, Integer> columns = new HashMap<>();
    String[] names = header.split(",", -1);
    for (int i = 0; i < names.length; i++) {
      String name = names[i].strip().toLowerCase(Locale.ROOT);
      if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
        problems.add(new ImportProblem(1, name,
            "unknown column; expected " + String.join(", ", REQUIRED) + " and optionally " + String.join(", ", OPTIONAL)));
      } else if (columns.put(name, i) != null) {
        problems.add(new ImportProblem(1, name, "column appears twice"));
      }
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        problems.add(new ImportProblem(1, required, "required column is missing"));
      }
    }
    return columns;
  }

  private static double number(
      String[] cells, Map<String, Integer> columns, String field, int line, List<ImportProblem> problems, boolean optional) {
    Integer index = columns.get(field);
    if (index == null) {
      return Double.NaN;
    }
    String text = cells[index].strip();
    if (text.isEmpty() && optional) {
      return Double.NaN;
    }
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value) || value < 0) {
        problems.add(new ImportProblem(line, field, "'" + text + "' must be a number of 0 or more"));
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(new ImportProblem(line, field, "'" + text + "' is not a number; expected e.g. 12 or 12.5"));
      return Double.NaN;
    }
  }

  private static String stripBom(String header) {
    return header.startsWith("\uFEFF") ? header.substring(1) : header;
  }
}
