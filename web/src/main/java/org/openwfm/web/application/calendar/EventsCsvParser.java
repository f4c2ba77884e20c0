package org.openwfm.web.application.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.openwfm.web.application.history.ImportProblem;

/**
 * Reads the Events CSV layout of DESIGN.md: a header naming the columns {@code date_from}, {@code date_to},
 * {@code kind}, {@code name} and optionally {@code queue}, {@code factor}, in any order; dates ISO-8601 and
 * inclusive; fields may be quoted (RFC 4180) so names can hold commas. Checks every line and collects the
 * problems (up to {@link #MAX_PROBLEMS}) instead of stopping at the first, like the history import.
 */
public final class EventsCsvParser {

  /** Problems reported at most. */
  public static final int MAX_PROBLEMS = 50;

  /** Longest kind and name the calendar_event table holds. */
  static final int MAX_KIND = 40;

  static final int MAX_NAME = 200;

  /** Longest event accepted: a year and a day covers any seasonal campaign; longer is a typo in a date. */
  static final int MAX_DAYS = 367;

  private static final List<String> REQUIRED = List.of("date_from", "date_to", "kind", "name");
  private static final List<String> OPTIONAL = List.of("queue", "factor");

  /** The parsed lines and the problems; the records are usable only when there are no problems. */
  public record Result(List<EventRecord> records, List<ImportProblem> problems) {}

  /**
   * Parses a whole file.
   *
   * @param knownQueues the queue codes that exist; any other code in {@code queue} is a problem
   */
  public Result parse(Reader input, Set<String> knownQueues) throws IOException {
    List<EventRecord> records = new ArrayList<>();
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
      List<String> cells;
      try {
        cells = split(line);
      } catch (IllegalArgumentException e) {
        problems.add(new ImportProblem(lineNumber, "", e.getMessage()));
        continue;
      }
      if (cells.size() != columns.size()) {
        problems.add(new ImportProblem(lineNumber, "",
            "expected " + columns.size() + " comma-separated fields, found " + cells.size()));
        continue;
      }
      int before = problems.size();
      LocalDate from = date(cells, columns, "date_from", lineNumber, problems);
      LocalDate to = date(cells, columns, "date_to", lineNumber, problems);
      if (from != null && to != null) {
        if (to.isBefore(from)) {
          problems.add(new ImportProblem(lineNumber, "date_to",
              "'" + to + "' is before date_from " + from + "; expected the last day of the event (inclusive)"));
        } else if (from.plusDays(MAX_DAYS).isBefore(to)) {
          problems.add(new ImportProblem(lineNumber, "date_to",
              "the event lasts more than " + MAX_DAYS + " days (" + from + " to " + to + "); expected a shorter span"));
        }
      }
      String kind = text(cells, columns, "kind", MAX_KIND, lineNumber, problems,
          "expected a category such as holiday, holiday-eve, promotion or outage");
      String name = text(cells, columns, "name", MAX_NAME, lineNumber, problems, "expected a name such as Christmas Day");
      Optional<String> queue = Optional.empty();
      if (columns.containsKey("queue")) {
        String code = cells.get(columns.get("queue")).strip();
        if (!code.isEmpty()) {
          if (knownQueues.contains(code)) {
            queue = Optional.of(code);
          } else {
            problems.add(new ImportProblem(lineNumber, "queue", "unknown queue '" + code
                + "'; expected one of " + String.join(", ", new TreeSet<>(knownQueues)) + " or empty for all queues"));
          }
        }
      }
      OptionalDouble factor = factor(cells, columns, lineNumber, problems);
      if (problems.size() == before) {
        String key = from + "|" + to + "|" + kind.toLowerCase(Locale.ROOT) + "|" + name + "|" + queue.orElse("");
        if (!seen.add(key)) {
          problems.add(new ImportProblem(lineNumber, "name",
              "event '" + name + "' (" + kind + ", " + from + " to " + to + ", " + queue.orElse("all queues")
                  + ") appears twice in the file"));
        } else {
          records.add(new EventRecord(lineNumber, from, to, kind, name, queue, factor));
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
    List<String> names;
    try {
      names = split(header);
    } catch (IllegalArgumentException e) {
      problems.add(new ImportProblem(1, "", e.getMessage()));
      return columns;
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip().toLowerCase(Locale.ROOT);
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

  private static LocalDate date(
      List<String> cells, Map<String, Integer> columns, String field, int line, List<ImportProblem> problems) {
    String text = cells.get(columns.get(field)).strip();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new ImportProblem(line, field, "'" + text + "' is not an ISO-8601 date such as 2026-02-14"));
      return null;
    }
  }

  private static String text(List<String> cells, Map<String, Integer> columns, String field, int maxLength, int line,
      List<ImportProblem> problems, String expected) {
    String text = cells.get(columns.get(field)).strip();
    if (text.isEmpty()) {
      problems.add(new ImportProblem(line, field, "empty; " + expected));
    } else if (text.length() > maxLength) {
      problems.add(new ImportProblem(line, field, "longer than " + maxLength + " characters"));
    }
    return text;
  }

  private static OptionalDouble factor(
      List<String> cells, Map<String, Integer> columns, int line, List<ImportProblem> problems) {
    Integer index = columns.get("factor");
    if (index == null) {
      return OptionalDouble.empty();
    }
    String text = cells.get(index).strip();
    if (text.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value) || value < 0) {
        problems.add(new ImportProblem(line, "factor",
            "'" + text + "' must be a multiplier of 0 or more (e.g. 1.2 for +20%, 0 for closed)"));
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(value);
    } catch (NumberFormatException e) {
      problems.add(new ImportProblem(line, "factor",
          "'" + text + "' is not a number; expected a multiplier such as 1.2, or empty to learn the effect"));
      return OptionalDouble.empty();
    }
  }

  /** Splits a line into fields, RFC 4180 quoting. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted field is not closed; expected a closing \" before the end of the line");
    }
    fields.add(field.toString());
    return fields;
  }

  private static String stripBom(String header) {
    return header.startsWith("\uFEFF") ? header.substring(1) : header;
  }
}
