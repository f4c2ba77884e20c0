package org.openwfm.web.application.forecast;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openwfm.web.infrastructure.export.CsvExport;
import org.openwfm.web.infrastructure.export.Table;
import org.openwfm.web.infrastructure.export.XlsxExport;

/**
 * A forecast version's intervals as a file in the Forecast CSV layout of DESIGN.md ({@code queue,interval_start,
 * offered,offered_low,offered_high,aht_seconds}), as CSV or Excel. Contacts are rounded to three decimals and AHT
 * to one, as {@code wfm forecast} writes them; AHT is empty when the history had none.
 */
public final class ForecastExport {

  /** The CSV media type. */
  public static final String CSV = "text/csv";

  /** The Excel (Office Open XML) media type. */
  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The columns of the Forecast CSV layout. */
  public static final List<String> COLUMNS =
      List.of("queue", "interval_start", "offered", "offered_low", "offered_high", "aht_seconds");

  /** A file to send: its bytes, media type and name. */
  public record Download(byte[] body, String contentType, String fileName) {}

  private ForecastExport() {}

  /** The rows as a table named after the version (and queue). */
  public static Table table(long forecastId, Optional<String> queue, List<IntervalRow> rows) {
    List<List<Object>> cells = new ArrayList<>(rows.size());
    for (IntervalRow row : rows) {
      List<Object> line = new ArrayList<>(6);
      line.add(row.queue());
      line.add(row.start());
      line.add(round(row.offered(), 3));
      line.add(round(row.low(), 3));
      line.add(round(row.high(), 3));
      line.add(row.ahtSeconds() > 0 ? round(row.ahtSeconds(), 1) : null);
      cells.add(line);
    }
    return new Table("forecast-" + forecastId + queue.map(q -> "-" + q).orElse(""), COLUMNS, cells);
  }

  /**
   * The rows as a file.
   *
   * @param format {@code csv} or {@code xlsx}
   */
  public static Download download(long forecastId, Optional<String> queue, List<IntervalRow> rows, String format) {
    Table table = table(forecastId, queue, rows);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      if (format.equals("xlsx")) {
        XlsxExport.write(table, out);
        return new Download(out.toByteArray(), XLSX, table.fileName("xlsx"));
      }
      if (format.equals("csv")) {
        CsvExport.write(table, out);
        return new Download(out.toByteArray(), CSV, table.fileName("csv"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("format: expected csv or xlsx, found '" + format + "'.");
  }

  private static Double round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }
}
