package org.openwfm.web.infrastructure.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a table as CSV (RFC 4180, UTF-8, comma, header row). Numbers use a dot and no grouping; date-times are
 * ISO-8601 to the minute ({@code 2026-02-14T09:15}), like the project's CSV layouts.
 */
public final class CsvExport {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private CsvExport() {}

  /** Writes the table; the stream is flushed, not closed. */
  public static void write(Table table, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writeRow(writer, List.copyOf(table.columns()));
    for (List<Object> row : table.rows()) {
      writeRow(writer, row);
    }
    writer.flush();
  }

  private static void writeRow(Writer writer, List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(quote(text(cells.get(i))));
    }
    writer.write("\r\n");
  }

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      double v = ((Number) value).doubleValue();
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        return "";
      }
      return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.getSecond() == 0 && dateTime.getNano() == 0
          ? MINUTES.format(dateTime)
          : dateTime.toString();
    }
    return value.toString();
  }

  private static String quote(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
