package org.openwfm.scheduling.curtois;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text format of the Curtois &amp; Qu (2014) instances ({@code Instance1.txt} ...).
 *
 * <p>The file is a sequence of sections ({@code SECTION_HORIZON}, {@code SECTION_SHIFTS}, {@code
 * SECTION_STAFF}, {@code SECTION_DAYS_OFF}, {@code SECTION_SHIFT_ON_REQUESTS}, {@code
 * SECTION_SHIFT_OFF_REQUESTS}, {@code SECTION_COVER}) of comma-separated lines; lines starting with
 * {@code #} and blank lines are ignored. Bad input raises an {@link IllegalArgumentException} whose
 * one-line message names the file, the line, the section and field, and what was expected.
 */
public final class CurtoisReader {

  private static final List<String> SECTIONS =
      List.of(
          "SECTION_HORIZON",
          "SECTION_SHIFTS",
          "SECTION_STAFF",
          "SECTION_DAYS_OFF",
          "SECTION_SHIFT_ON_REQUESTS",
          "SECTION_SHIFT_OFF_REQUESTS",
          "SECTION_COVER");

  private CurtoisReader() {}

  /** Reads the instance file at {@code path}. */
  public static CurtoisInstance read(Path path) {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read(path.getFileName().toString(), reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads an instance from {@code reader}.
   *
   * @param sourceName the file name used in error messages
   */
  public static CurtoisInstance read(String sourceName, Reader reader) {
    List<Line> lines = new ArrayList<>();
    try {
      BufferedReader buffered = new BufferedReader(reader);
      String text;
      int number = 0;
      while ((text = buffered.readLine()) != null) {
        number++;
        String trimmed = text.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(new Line(number, trimmed));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + sourceName + ": " + e.getMessage(), e);
    }
    return new Parser(sourceName, lines).parse();
  }

  private record Line(int number, String text) {}

  /** Parses the lines of one file; holds what has been read so far. */
  private static final class Parser {
    private final String source;
    private final List<Line> lines;
    private final Map<String, List<Line>> sectionLines = new LinkedHashMap<>();
    private final Map<String, Line> sectionHeaders = new HashMap<>();
    private Line current;
    private String section;

    Parser(String source, List<Line> lines) {
      this.source = source;
      this.lines = lines;
    }

    CurtoisInstance parse() {
      String open = null;
      for (Line line : lines) {
        current = line;
        if (line.text().startsWith("SECTION_")) {
          if (!SECTIONS.contains(line.text())) {
            throw error("unknown section '" + line.text() + "', expected one of " + SECTIONS);
          }
          if (sectionLines.containsKey(line.text())) {
            throw error("section " + line.text() + " appears twice");
          }
          open = line.text();
          sectionLines.put(open, new ArrayList<>());
          sectionHeaders.put(open, line);
        } else if (open == null) {
          throw error("expected a SECTION_ header before data, found '" + line.text() + "'");
        } else {
          sectionLines.get(open).add(line);
        }
      }
      current = null;
      int horizon = parseHorizon();
      Map<String, ShiftType> shiftTypes = parseShiftTypes();
      Map<String, Employee> employees = parseStaff(shiftTypes, horizon);
      return new CurtoisInstance(
          source,
          horizon,
          List.copyOf(shiftTypes.values()),
          List.copyOf(employees.values()),
          parseOnRequests(employees, shiftTypes, horizon),
          parseOffRequests(employees, shiftTypes, horizon),
          parseCover(shiftTypes, horizon));
    }

    private List<Line> section(String name, boolean required) {
      section = name;
      List<Line> found = sectionLines.get(name);
      if (found == null) {
        if (required) {
          current = null;
          throw error("missing section " + name);
        }
        return List.of();
      }
      return found;
    }

    private int parseHorizon() {
      List<Line> horizonLines = section("SECTION_HORIZON", true);
      if (horizonLines.size() != 1) {
        current = horizonLines.isEmpty() ? sectionHeaders.get(section) : horizonLines.get(1);
        throw error("expected exactly one line with the horizon length in days");
      }
      current = horizonLines.get(0);
      int days = integer(fields(1, 1, "horizon length")[0], "horizon length");
      if (days < 1) {
        throw error("horizon length: expected at least 1 day, found " + days);
      }
      return days;
    }

    private Map<String, ShiftType> parseShiftTypes() {
      Map<String, Line> definedAt = new HashMap<>();
      Map<String, String[]> successorIds = new LinkedHashMap<>();
      Map<String, Integer> minutes = new HashMap<>();
      for (Line line : section("SECTION_SHIFTS", true)) {
        current = line;
        String[] fields = fields(2, 3, "ShiftID, Length in mins, forbidden successors");
        String id = id(fields[0], "ShiftID");
        if (definedAt.containsKey(id)) {
          throw error("ShiftID: '" + id + "' is defined twice");
        }
        int length = integer(fields[1], "Length in mins");
        if (length < 1) {
          throw error("Length in mins: expected a positive number of minutes, found " + length);
        }
        definedAt.put(id, line);
        minutes.put(id, length);
        successorIds.put(id, fields.length > 2 ? splitList(fields[2]) : new String[0]);
      }
      if (definedAt.isEmpty()) {
        current = sectionHeaders.get(section);
        throw error("expected at least one shift type");
      }
      Map<String, ShiftType> shiftTypes = new LinkedHashMap<>();
      int index = 0;
      for (Map.Entry<String, String[]> entry : successorIds.entrySet()) {
        current = definedAt.get(entry.getKey());
        Set<String> successors = new LinkedHashSet<>();
        for (String successor : entry.getValue()) {
          if (!definedAt.containsKey(successor)) {
            throw error("forbidden successors: unknown ShiftID '" + successor + "'");
          }
          successors.add(successor);
        }
        String id = entry.getKey();
        shiftTypes.put(id, new ShiftType(id, index++, minutes.get(id), successors));
      }
      return shiftTypes;
    }

    private Map<String, Employee> parseStaff(Map<String, ShiftType> shiftTypes, int horizon) {
      Map<String, Set<Integer>> daysOff = parseDaysOff(horizon);
      Map<String, Employee> employees = new LinkedHashMap<>();
      Map<String, Line> definedAt = new HashMap<>();
      for (Line line : section("SECTION_STAFF", true)) {
        current = line;
        String[] f =
            fields(
                8,
                8,
                "ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts,"
                    + " MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends");
        String id = id(f[0], "ID");
        if (definedAt.containsKey(id)) {
          throw error("ID: employee '" + id + "' is defined twice");
        }
        definedAt.put(id, line);
        Map<String, Integer> maxShifts = new HashMap<>();
        for (String pair : splitList(f[1])) {
          String[] parts = pair.split("=", -1);
          if (parts.length != 2) {
            throw error(
                "MaxShifts: expected ShiftID=count pairs separated by '|', found '" + pair + "'");
          }
          String shiftId = parts[0].strip();
          if (!shiftTypes.containsKey(shiftId)) {
            throw error("MaxShifts: unknown ShiftID '" + shiftId + "'");
          }
          maxShifts.put(shiftId, nonNegative(parts[1], "MaxShifts of " + shiftId));
        }
        int maxMinutes = nonNegative(f[2], "MaxTotalMinutes");
        int minMinutes = nonNegative(f[3], "MinTotalMinutes");
        if (minMinutes > maxMinutes) {
          throw error(
              "MinTotalMinutes: expected at most MaxTotalMinutes "
                  + maxMinutes
                  + ", found "
                  + minMinutes);
        }
        employees.put(
            id,
            new Employee(
                id,
                employees.size(),
                maxShifts,
                maxMinutes,
                minMinutes,
                nonNegative(f[4], "MaxConsecutiveShifts"),
                nonNegative(f[5], "MinConsecutiveShifts"),
                nonNegative(f[6], "MinConsecutiveDaysOff"),
                nonNegative(f[7], "MaxWeekends"),
                daysOff.getOrDefault(id, Set.of())));
      }
      if (employees.isEmpty()) {
        current = sectionHeaders.get(section);
        throw error("expected at least one employee");
      }
      for (Line line : section("SECTION_DAYS_OFF", false)) {
        current = line;
        String id = line.text().split(",", -1)[0].strip();
        if (!employees.containsKey(id)) {
          throw error("EmployeeID: unknown employee '" + id + "'");
        }
      }
      return employees;
    }

    private Map<String, Set<Integer>> parseDaysOff(int horizon) {
      Map<String, Set<Integer>> daysOff = new HashMap<>();
      for (Line line : section("SECTION_DAYS_OFF", false)) {
        current = line;
        String[] f = fields(1, Integer.MAX_VALUE, "EmployeeID, DayIndexes");
        String id = id(f[0], "EmployeeID");
        Set<Integer> days = daysOff.computeIfAbsent(id, key -> new HashSet<>());
        for (int i = 1; i < f.length; i++) {
          days.add(day(f[i], horizon, "DayIndexes"));
        }
      }
      return daysOff;
    }

    private List<ShiftOnRequest> parseOnRequests(
        Map<String, Employee> employees, Map<String, ShiftType> shiftTypes, int horizon) {
      List<ShiftOnRequest> requests = new ArrayList<>();
      for (Line line : section("SECTION_SHIFT_ON_REQUESTS", false)) {
        current = line;
        String[] f = fields(4, 4, "EmployeeID, Day, ShiftID, Weight");
        requests.add(
            new ShiftOnRequest(
                employee(f[0], employees),
                day(f[1], horizon, "Day"),
                shiftType(f[2], shiftTypes, "ShiftID"),
                nonNegative(f[3], "Weight")));
      }
      return requests;
    }

    private List<ShiftOffRequest> parseOffRequests(
        Map<String, Employee> employees, Map<String, ShiftType> shiftTypes, int horizon) {
      List<ShiftOffRequest> requests = new ArrayList<>();
      for (Line line : section("SECTION_SHIFT_OFF_REQUESTS", false)) {
        current = line;
        String[] f = fields(4, 4, "EmployeeID, Day, ShiftID, Weight");
        requests.add(
            new ShiftOffRequest(
                employee(f[0], employees),
                day(f[1], horizon, "Day"),
                shiftType(f[2], shiftTypes, "ShiftID"),
                nonNegative(f[3], "Weight")));
      }
      return requests;
    }

    private List<CoverRequirement> parseCover(Map<String, ShiftType> shiftTypes, int horizon) {
      List<CoverRequirement> cover = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Line line : section("SECTION_COVER", false)) {
        current = line;
        String[] f = fields(5, 5, "Day, ShiftID, Requirement, Weight for under, Weight for over");
        int day = day(f[0], horizon, "Day");
        ShiftType shiftType = shiftType(f[1], shiftTypes, "ShiftID");
        if (!seen.add(day + "/" + shiftType.id())) {
          throw error("cover for day " + day + " and shift " + shiftType + " is given twice");
        }
        cover.add(
            new CoverRequirement(
                day,
                shiftType,
                nonNegative(f[2], "Requirement"),
                nonNegative(f[3], "Weight for under"),
                nonNegative(f[4], "Weight for over")));
      }
      return cover;
    }

    private String[] fields(int min, int max, String expected) {
      String[] fields = current.text().split(",", -1);
      // A trailing comma after the last field is how the files write an empty optional field.
      if (fields.length > min && fields[fields.length - 1].isBlank()) {
        fields = Arrays.copyOf(fields, fields.length - 1);
      }
      if (fields.length < min || fields.length > max) {
        throw error(
            "expected "
                + (min == max ? min : min + (max == Integer.MAX_VALUE ? " or more" : " to " + max))
                + " fields ("
                + expected
                + "), found "
                + fields.length);
      }
      for (int i = 0; i < fields.length; i++) {
        fields[i] = fields[i].strip();
      }
      return fields;
    }

    private String[] splitList(String text) {
      if (text.isBlank()) {
        return new String[0];
      }
      String[] parts = text.split("\\|", -1);
      for (int i = 0; i < parts.length; i++) {
        parts[i] = parts[i].strip();
      }
      return parts;
    }

    private String id(String text, String field) {
      if (text.isEmpty()) {
        throw error(field + ": expected an id, found an empty field");
      }
      return text;
    }

    private int integer(String text, String field) {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw error(field + ": expected an integer, found '" + text + "'");
      }
    }

    private int nonNegative(String text, String field) {
      int value = integer(text.strip(), field);
      if (value < 0) {
        throw error(field + ": expected a number >= 0, found " + value);
      }
      return value;
    }

    private int day(String text, int horizon, String field) {
      int day = integer(text, field);
      if (day < 0 || day >= horizon) {
        throw error(field + ": expected a day index from 0 to " + (horizon - 1) + ", found " + day);
      }
      return day;
    }

    private Employee employee(String text, Map<String, Employee> employees) {
      Employee employee = employees.get(text);
      if (employee == null) {
        throw error("EmployeeID: unknown employee '" + text + "'");
      }
      return employee;
    }

    private ShiftType shiftType(String text, Map<String, ShiftType> shiftTypes, String field) {
      ShiftType shiftType = shiftTypes.get(text);
      if (shiftType == null) {
        throw error(field + ": unknown ShiftID '" + text + "'");
      }
      return shiftType;
    }

    private IllegalArgumentException error(String message) {
      String where = current == null ? source : source + " line " + current.number();
      String in = section == null ? "" : " (" + section + ")";
      return new IllegalArgumentException(where + in + ": " + message);
    }
  }
}
