package org.openwfm.forecasting.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.openwfm.forecasting.LongTermForecast;
import org.openwfm.forecasting.PeriodTotal;

/**
 * Writes long-term totals as CSV: {@code queue,period,date_from,date_to,offered,days} with {@code
 * period} {@code week} or {@code month}, dates inclusive, {@code days} the forecast days inside the
 * period; weeks first, then months, per queue.
 */
public final class LongTermCsvWriter {
  /** The header row. */
  public static final String HEADER = "queue,period,date_from,date_to,offered,days";

  /** Writes all queues; the caller owns (and closes) the writer. */
  public void write(List<LongTermForecast> forecasts, Writer out) {
    try {
      out.write(HEADER + "\n");
      for (LongTermForecast f : forecasts) {
        write(out, f.queue(), "week", f.weekly());
        write(out, f.queue(), "month", f.monthly());
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Writer out, String queue, String period, List<PeriodTotal> totals)
      throws IOException {
    for (PeriodTotal t : totals) {
      out.write(
          CsvLine.quote(queue)
              + ","
              + period
              + ","
              + t.from()
              + ","
              + t.to()
              + ","
              + ForecastCsvWriter.number(t.offered(), 1)
              + ","
              + t.days()
              + "\n");
    }
  }
}
