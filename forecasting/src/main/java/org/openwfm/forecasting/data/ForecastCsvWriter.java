package org.openwfm.forecasting.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.openwfm.forecasting.ForecastResult;
import org.openwfm.forecasting.IntervalForecast;
import org.openwfm.forecasting.QueueForecast;

/**
 * Writes the forecast CSV layout: {@code queue,interval_start,offered,offered_low,offered_high,
 * aht_seconds}, one row per open interval of each forecast day, queues in order. Contacts have
 * three decimals at most, AHT one; {@code aht_seconds} is empty when the history had no AHT.
 */
public final class ForecastCsvWriter {
  /** The header row. */
  public static final String HEADER =
      "queue,interval_start,offered,offered_low,offered_high,aht_seconds";

  /** Writes the whole result; the caller owns (and closes) the writer. */
  public void write(ForecastResult result, Writer out) {
    try {
      out.write(HEADER);
      out.write('\n');
      StringBuilder line = new StringBuilder(96);
      for (QueueForecast q : result.queues()) {
        String queue = CsvLine.quote(q.queue());
        for (IntervalForecast f : q.intervals()) {
          line.setLength(0);
          line.append(queue).append(',').append(f.start()).append(',');
          line.append(number(f.offered(), 3)).append(',');
          line.append(number(f.offeredLow(), 3)).append(',');
          line.append(number(f.offeredHigh(), 3)).append(',');
          if (f.ahtSeconds().isPresent()) {
            line.append(number(f.ahtSeconds().getAsDouble(), 1));
          }
          line.append('\n');
          out.write(line.toString());
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String number(double value, int decimals) {
    return BigDecimal.valueOf(value)
        .setScale(decimals, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
