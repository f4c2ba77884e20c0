package org.openwfm.web.infrastructure.demo;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.stream.Stream;
import org.openwfm.web.infrastructure.demo.DemoCentre.Event;
import org.openwfm.web.infrastructure.demo.DemoCentre.HistoryInterval;

/**
 * Writes a demo centre's history and events in the CSV layouts of DESIGN.md, so the demo data can
 * feed the forecasting engine and the portal's import tests. Lines end with {@code \n}; numbers use
 * a dot for decimals whatever the default locale. The writer is not closed.
 */
public final class DemoCsvWriter {

  /** Header of the history CSV. */
  public static final String HISTORY_HEADER =
      "queue,interval_start,offered,handled,abandoned,aht_seconds";

  /** Header of the events CSV. */
  public static final String EVENTS_HEADER = "date_from,date_to,kind,name,queue,factor";

  private DemoCsvWriter() {}

  /**
   * Writes the history of all queues, queue by queue, streaming: memory stays small.
   *
   * @return the number of data rows written
   * @throws IOException if the writer fails
   */
  public static long writeHistory(DemoCentre centre, Writer out) throws IOException {
    return writeHistory(centre.history(), out);
  }

  /**
   * Writes history intervals in the order given.
   *
   * @return the number of data rows written
   * @throws IOException if the writer fails
   */
  public static long writeHistory(Stream<HistoryInterval> intervals, Writer out)
      throws IOException {
    out.write(HISTORY_HEADER);
    out.write('\n');
    long rows = 0;
    StringBuilder line = new StringBuilder(64);
    Iterator<HistoryInterval> iterator = intervals.iterator();
    while (iterator.hasNext()) {
      HistoryInterval interval = iterator.next();
      line.setLength(0);
      line.append(field(interval.queueCode()))
          .append(',')
          .append(interval.intervalStart())
          .append(',')
          .append(number(interval.offered()))
          .append(',')
          .append(number(interval.handled()))
          .append(',')
          .append(number(interval.abandoned()))
          .append(',')
          .append(number(interval.ahtSeconds()))
          .append('\n');
      out.append(line);
      rows++;
    }
    return rows;
  }

  /**
   * Writes the events that concern queues: holidays per queue, promotions for all queues (empty
   * {@code queue}) and outages per queue. Site-only holidays are left out: the events CSV has no
   * site column, and the same holidays appear there once per queue of that site's country.
   *
   * @return the number of data rows written
   * @throws IOException if the writer fails
   */
  public static long writeEvents(DemoCentre centre, Writer out) throws IOException {
    out.write(EVENTS_HEADER);
    out.write('\n');
    long rows = 0;
    for (Event event : centre.events()) {
      if (event.queueCode().isEmpty() && event.siteCode().isPresent()) {
        continue;
      }
      out.write(
          event.dateFrom()
              + ","
              + event.dateTo()
              + ","
              + field(event.kind())
              + ","
              + field(event.name())
              + ","
              + field(event.queueCode().orElse(""))
              + ","
              + (event.factor().isPresent() ? number(event.factor().getAsDouble()) : "")
              + "\n");
      rows++;
    }
    return rows;
  }

  /** Whole numbers without decimals, others rounded to three decimals, never in exponent form. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    if (Math.abs(value) >= 1e12 || Double.isNaN(value)) {
      return BigDecimal.valueOf(value)
          .setScale(3, RoundingMode.HALF_UP)
          .stripTrailingZeros()
          .toPlainString();
    }
    // Integer arithmetic: String.format would dominate the export time.
    long thousandths = Math.round(Math.abs(value) * 1000);
    StringBuilder text = new StringBuilder(24);
    if (value < 0 && thousandths != 0) {
      text.append('-');
    }
    text.append(thousandths / 1000);
    long fraction = thousandths % 1000;
    if (fraction != 0) {
      text.append('.').append((char) ('0' + fraction / 100));
      fraction %= 100;
      if (fraction != 0) {
        text.append((char) ('0' + fraction / 10));
        fraction %= 10;
        if (fraction != 0) {
          text.append((char) ('0' + fraction));
        }
      }
    }
    return text.toString();
  }

  /** RFC 4180 quoting when needed (names with commas or quotes). */
  static String field(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
