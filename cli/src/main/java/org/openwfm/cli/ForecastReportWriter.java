package org.openwfm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import org.openwfm.forecasting.ForecastResult;
import org.openwfm.forecasting.QueueForecast;
import org.openwfm.forecasting.backtest.BacktestReport;
import org.openwfm.forecasting.backtest.MethodScore;
import org.openwfm.forecasting.events.EventEffect;
import org.openwfm.forecasting.events.OutlierDay;

/**
 * Writes the forecast report of {@code wfm forecast --report} as Markdown, one section per queue.
 */
final class ForecastReportWriter {

  void write(ForecastResult result, Writer out) {
    StringBuilder b = new StringBuilder();
    b.append("# Forecast report\n");
    for (QueueForecast q : result.queues()) {
      BacktestReport r = q.backtest();
      b.append("\n## Queue ").append(q.queue()).append("\n\n");
      b.append(
          String.format(
              Locale.ROOT,
              "Method used: **%s**. Back-test: %d origins, horizon %d days, %d-minute intervals.%n",
              q.method(),
              r.origins(),
              r.horizonDays(),
              q.intervalMinutes()));
      b.append(
          String.format(
              Locale.ROOT,
              "Prediction band %.0f%%: back-test coverage %.1f%%.%n%n",
              100 * r.level(),
              100 * r.coverage()));
      b.append("| method | horizon days | WAPE % | MASE | bias % | intervals |\n");
      b.append("|---|---|---|---|---|---|\n");
      for (MethodScore s : r.scores()) {
        b.append(
            String.format(
                Locale.ROOT,
                "| %s | %d-%d | %.2f | %.3f | %+.2f | %d |%n",
                s.method(),
                s.fromDay(),
                s.toDay(),
                100 * s.wape(),
                s.mase(),
                100 * s.bias(),
                s.intervals()));
      }
      b.append("\nOutlier days kept out of learning: ");
      if (q.outliers().isEmpty()) {
        b.append("none.\n");
      } else {
        b.append('\n');
        for (OutlierDay o : q.outliers()) {
          b.append(
              String.format(
                  Locale.ROOT,
                  "- %s: %.0f contacts, expected %.0f (ratio %.2f)%n",
                  o.day(),
                  o.actual(),
                  o.expected(),
                  o.ratio()));
        }
      }
      b.append("\nEvent effects learned (multipliers of the daily total): ");
      if (q.eventEffects().isEmpty()) {
        b.append("none.\n");
      } else {
        b.append("\n\n| kind | occurrences | day | day before | day after | closed |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (EventEffect e : q.eventEffects()) {
          b.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %d | %.3f | %.3f | %.3f | %s |%n",
                  e.kind(),
                  e.occurrences(),
                  e.dayFactor(),
                  e.dayBeforeFactor(),
                  e.dayAfterFactor(),
                  e.closed() ? "yes" : "no"));
        }
      }
      for (String w : q.warnings()) {
        b.append("\nWarning: ").append(w).append('\n');
      }
    }
    try {
      out.write(b.toString());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
