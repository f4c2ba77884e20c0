package org.openwfm.web.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Answers a list of rows as JSON, or as a CSV or XLSX download, by the {@code format} query parameter. */
final class Downloads {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /**
   * A table to download.
   *
   * @param sheet the sheet name (XLSX)
   * @param columns the column names (the CSV header)
   * @param rows the values: strings, numbers or null (an empty cell)
   */
  record DownloadTable(String sheet, List<String> columns, List<List<Object>> rows) {}

  private Downloads() {}

  static <T> Response respond(String format, String fileName, List<T> rows, Function<List<T>, DownloadTable> table) {
    String kind = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
    switch (kind) {
      case "json":
        return Response.ok(rows, MediaType.APPLICATION_JSON).build();
      case "csv":
        DownloadTable csv = table.apply(rows);
        StreamingOutput body = out -> {
          BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          writer.write(String.join(",", csv.columns()));
          writer.write('\n');
          for (List<Object> row : csv.rows()) {
            for (int i = 0; i < row.size(); i++) {
              if (i > 0) {
                writer.write(',');
              }
              writer.write(cell(row.get(i)));
            }
            writer.write('\n');
          }
          writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
            .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"")
            .build();
      default:
        throw new IllegalArgumentException("format: expected json, csv or xlsx, got '" + format + "'.");
    }
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
