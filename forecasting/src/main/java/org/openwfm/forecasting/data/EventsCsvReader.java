package org.openwfm.forecasting.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the events CSV layout: header {@code date_from,date_to,kind,name} and optional {@code
 * queue}, {@code factor} columns, by name. Dates are ISO-8601 ({@code 2026-02-14}), inclusive. Any
 * problem throws an {@link InputFormatException} naming the file, line and field.
 */
public final class EventsCsvReader {

  /**
   * Reads all events of a file.
   *
   * @param source the CSV text
   * @param file the name used in error messages
   */
  public List<Event> read(Reader source, String file) {
    try (BufferedReader in = new BufferedReader(source)) {
      String header = in.readLine();
      if (header == null || header.isBlank()) {
        throw new InputFormatException(file, "empty file, expected a header row");
      }
      if (header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      List<String> names = CsvLine.split(header);
      int fromCol = column(names, "date_from", file);
      int toCol = column(names, "date_to", file);
      int kindCol = column(names, "kind", file);
      int nameCol = column(names, "name", file);
      int queueCol = names.indexOf("queue");
      int factorCol = names.indexOf("factor");
      List<Event> events = new ArrayList<>();
      String text;
      long line = 1;
      while ((text = in.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        List<String> f = CsvLine.split(text);
        if (f.size() < names.size()) {
          throw new InputFormatException(
              file, line, names.get(f.size()), "missing, expected " + names.size() + " fields");
        }
        LocalDate from = date(f.get(fromCol), file, line, "date_from");
        LocalDate to = date(f.get(toCol), file, line, "date_to");
        if (to.isBefore(from)) {
          throw new InputFormatException(
              file,
              line,
              "date_to",
              "expected a date on or after date_from " + from + ", found " + to);
        }
        String kind = f.get(kindCol);
        if (kind.isEmpty()) {
          throw new InputFormatException(
              file,
              line,
              "kind",
              "expected a category such as holiday or promotion, found nothing");
        }
        Optional<String> queue =
            queueCol < 0 || f.get(queueCol).isEmpty()
                ? Optional.empty()
                : Optional.of(f.get(queueCol));
        OptionalDouble factor = OptionalDouble.empty();
        if (factorCol >= 0 && !f.get(factorCol).isEmpty()) {
          factor =
              OptionalDouble.of(
                  HistoryCsvReader.number(f.get(factorCol), file, line, "factor", false));
        }
        events.add(new Event(from, to, kind, f.get(nameCol), queue, factor));
      }
      return List.copyOf(events);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static int column(List<String> names, String name, String file) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new InputFormatException(
          file, 1, name, "missing column, expected a header with date_from,date_to,kind,name");
    }
    return i;
  }

  private static LocalDate date(String text, String file, long line, String field) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InputFormatException(
          file, line, field, "expected an ISO-8601 date like 2026-02-14, found '" + text + "'");
    }
  }
}
