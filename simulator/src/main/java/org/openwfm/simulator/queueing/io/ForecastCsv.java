package org.openwfm.simulator.queueing.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the forecast CSV layout: a header row and the columns {@code queue,interval_start,offered,
 * offered_low,offered_high,aht_seconds} by name, in any order; {@code offered_low} and {@code
 * offered_high} may be absent and are not used for staffing. {@code interval_start} is an ISO-8601
 * local date-time such as {@code 2026-02-14T09:15}. Bad input fails the whole file with one line
 * naming the file, line and column.
 */
public final class ForecastCsv {

  private static final List<String> REQUIRED =
      List.of("queue", "interval_start", "offered", "aht_seconds");
  private static final String LAYOUT =
      "queue,interval_start,offered,offered_low,offered_high,aht_seconds";

  private ForecastCsv() {}

  /**
   * All rows of the file, in file order.
   *
   * @param reader the file's content; not closed here
   * @param fileName name used in messages
   * @throws IllegalArgumentException on bad content, naming file, line and column
   * @throws IOException when reading fails
   */
  public static List<ForecastRow> read(Reader reader, String fileName) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    String header = lines.readLine();
    if (header == null || header.isBlank()) {
      throw new IllegalArgumentException(fileName + ": empty file, expected the header " + LAYOUT);
    }
    Map<String, Integer> columns = new HashMap<>();
    String[] names = header.replace("\uFEFF", "").split(",", -1);
    for (int i = 0; i < names.length; i++) {
      columns.put(names[i].trim(), i);
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        throw new IllegalArgumentException(
            fileName + " line 1: missing column " + required + " (expected " + LAYOUT + ")");
      }
    }
    List<ForecastRow> rows = new ArrayList<>();
    int number = 1;
    String text;
    while ((text = lines.readLine()) != null) {
      number++;
      if (text.isBlank()) {
        continue;
      }
      String[] cells = text.split(",", -1);
      String where = fileName + " line " + number;
      if (cells.length < names.length) {
        throw new IllegalArgumentException(
            where + ": expected " + names.length + " columns, got " + cells.length);
      }
      String queue = cells[columns.get("queue")].trim();
      if (queue.isEmpty()) {
        throw new IllegalArgumentException(where + ", column queue: expected a queue name, got ''");
      }
      LocalDateTime start = dateTime(cells[columns.get("interval_start")].trim(), where);
      double offered = number(cells[columns.get("offered")].trim(), where, "offered");
      double aht = number(cells[columns.get("aht_seconds")].trim(), where, "aht_seconds");
      if (offered > 0 && aht == 0) {
        throw new IllegalArgumentException(
            where + ", column aht_seconds: expected a number > 0 when offered > 0, got 0");
      }
      rows.add(new ForecastRow(queue, start, offered, aht, number));
    }
    rejectDuplicates(rows, fileName);
    return rows;
  }

  /** Two rows for the same queue and interval: name the later line and the earlier one. */
  private static void rejectDuplicates(List<ForecastRow> rows, String fileName) {
    Map<String, List<ForecastRow>> byQueue = new HashMap<>();
    for (ForecastRow row : rows) {
      byQueue.computeIfAbsent(row.queue(), queue -> new ArrayList<>()).add(row);
    }
    for (List<ForecastRow> queueRows : byQueue.values()) {
      // Stable sort, nearly free on the usual file already in time order; equal starts keep file
      // order.
      queueRows.sort(Comparator.comparing(ForecastRow::intervalStart));
      for (int i = 1; i < queueRows.size(); i++) {
        ForecastRow earlier = queueRows.get(i - 1);
        ForecastRow later = queueRows.get(i);
        if (earlier.intervalStart().equals(later.intervalStart())) {
          throw new IllegalArgumentException(
              fileName
                  + " line "
                  + later.line()
                  + ": second row for queue "
                  + later.queue()
                  + " and interval_start "
                  + later.intervalStart()
                  + " (first on line "
                  + earlier.line()
                  + ")");
        }
      }
    }
  }

  private static LocalDateTime dateTime(String text, String where) {
    try {
      // The usual yyyy-MM-ddTHH:mm by hand: the general parser is the slowest part of a big file.
      if (text.length() == 16
          && text.charAt(4) == '-'
          && text.charAt(7) == '-'
          && text.charAt(10) == 'T'
          && text.charAt(13) == ':'
          && digits(text, 0, 4)
          && digits(text, 5, 7)
          && digits(text, 8, 10)
          && digits(text, 11, 13)
          && digits(text, 14, 16)) {
        return LocalDateTime.of(
            Integer.parseInt(text, 0, 4, 10),
            Integer.parseInt(text, 5, 7, 10),
            Integer.parseInt(text, 8, 10, 10),
            Integer.parseInt(text, 11, 13, 10),
            Integer.parseInt(text, 14, 16, 10));
      }
      return LocalDateTime.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          where
              + ", column interval_start: expected an ISO-8601 local date-time such as "
              + "2026-02-14T09:15, got '"
              + text
              + "'");
    }
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static double number(String text, String where, String column) {
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          where + ", column " + column + ": expected a number >= 0, got '" + text + "'");
    }
    return value;
  }
}
