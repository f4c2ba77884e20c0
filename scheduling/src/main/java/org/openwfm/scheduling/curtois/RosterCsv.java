package org.openwfm.scheduling.curtois;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The roster CSV: header {@code employee,day,shift}, then one row per worked day with the employee
 * id, the day index from 0 and the shift type id. Days without a row are days off.
 */
public final class RosterCsv {

  /** The header line. */
  public static final String HEADER = "employee,day,shift";

  private RosterCsv() {}

  /** Writes {@code roster} in employee, then day order. */
  public static void write(Roster roster, Writer writer) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    CurtoisInstance instance = roster.instance();
    for (Employee employee : instance.employees()) {
      for (int day = 0; day < instance.horizonDays(); day++) {
        Optional<ShiftType> shift = roster.shift(employee, day);
        if (shift.isPresent()) {
          text.append(employee.id()).append(',').append(day).append(',');
          text.append(shift.get().id()).append('\n');
        }
      }
    }
    writer.write(text.toString());
    writer.flush();
  }

  /**
   * Reads a roster of {@code instance}; a bad row raises an {@link IllegalArgumentException} naming
   * {@code sourceName}, the line and the field.
   */
  public static Roster read(CurtoisInstance instance, String sourceName, Reader reader) {
    Map<String, Employee> employees = new HashMap<>();
    instance.employees().forEach(employee -> employees.put(employee.id(), employee));
    Map<String, ShiftType> shiftTypes = new HashMap<>();
    instance.shiftTypes().forEach(shiftType -> shiftTypes.put(shiftType.id(), shiftType));
    Roster roster = new Roster(instance);
    Set<String> seen = new HashSet<>();
    try {
      BufferedReader lines = new BufferedReader(reader);
      String header = lines.readLine();
      if (header == null || !header.strip().equals(HEADER)) {
        throw new IllegalArgumentException(
            sourceName + " line 1: expected the header '" + HEADER + "'");
      }
      int number = 1;
      String line;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String where = sourceName + " line " + number;
        String[] fields = line.split(",", -1);
        if (fields.length != 3) {
          throw new IllegalArgumentException(
              where + ": expected 3 fields (employee,day,shift), found " + fields.length);
        }
        Employee employee = employees.get(fields[0].strip());
        if (employee == null) {
          throw new IllegalArgumentException(
              where + ", field employee: unknown employee '" + fields[0].strip() + "'");
        }
        int day;
        try {
          day = Integer.parseInt(fields[1].strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              where + ", field day: expected an integer, found '" + fields[1].strip() + "'");
        }
        if (day < 0 || day >= instance.horizonDays()) {
          throw new IllegalArgumentException(
              where
                  + ", field day: expected 0.."
                  + (instance.horizonDays() - 1)
                  + ", found "
                  + day);
        }
        ShiftType shiftType = shiftTypes.get(fields[2].strip());
        if (shiftType == null) {
          throw new IllegalArgumentException(
              where + ", field shift: unknown shift type '" + fields[2].strip() + "'");
        }
        if (!seen.add(employee.id() + "/" + day)) {
          throw new IllegalArgumentException(
              where + ": employee " + employee.id() + " already has a shift on day " + day);
        }
        roster.assign(employee, day, Optional.of(shiftType));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + sourceName + ": " + e.getMessage(), e);
    }
    return roster;
  }
}
