package org.openwfm.forecasting.benchmark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.openwfm.forecasting.LongTermForecast;
import org.openwfm.forecasting.LongTermForecaster;
import org.openwfm.forecasting.PeriodTotal;
import org.openwfm.forecasting.data.DayGrid;
import org.openwfm.forecasting.data.Event;
import org.openwfm.forecasting.data.QueueHistory;
import org.openwfm.forecasting.model.WeekdayAverageModel;

/**
 * Long-term totals on {@code il-bank-1999}: from the history up to 30 June, weekly and monthly
 * totals of July and August (with the events file), against what happened; the baseline repeats the
 * mean of the last 5 same weekdays' daily totals.
 *
 * <p>Usage: {@code java -cp cli/target/wfm.jar org.openwfm.forecasting.benchmark.LongTermBenchmark
 * ../shared/data/il-bank-1999/history-jan-aug.csv ../shared/data/il-bank-1999/events-jan-aug.csv}
 */
public final class LongTermBenchmark {
  private LongTermBenchmark() {}

  public static void main(String[] args) throws Exception {
    QueueHistory queue = BenchmarkSupport.readSingleQueue(Path.of(args[0]));
    List<Event> events = BenchmarkSupport.readEvents(Path.of(args[1]));
    DayGrid grid = queue.offered();
    int origin = grid.indexOf(LocalDate.of(1999, 7, 1));
    QueueHistory training = QueueHistory.ofOffered(queue.queue(), queue.zone(), grid.head(origin));
    LongTermForecast forecast = new LongTermForecaster().forecast(training, events, 3);
    int horizon = grid.days() - origin;
    double[][] baseline =
        BenchmarkSupport.baseline(new WeekdayAverageModel(5, false), grid, origin, horizon);
    report("weeks", forecast.weekly(), grid, origin, baseline);
    report("months", forecast.monthly(), grid, origin, baseline);
  }

  private static void report(
      String label, List<PeriodTotal> periods, DayGrid grid, int origin, double[][] baseline) {
    double engineError = 0;
    double baselineError = 0;
    double actualSum = 0;
    int n = 0;
    for (PeriodTotal p : periods) {
      if (p.days() != p.to().toEpochDay() - p.from().toEpochDay() + 1
          || grid.indexOf(p.to()) >= grid.days()) {
        continue; // only whole periods inside the data
      }
      double actual = 0;
      double base = 0;
      for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
        int row = grid.indexOf(d);
        for (int s = 0; s < grid.slotsPerDay(); s++) {
          double a = grid.value(row, s);
          actual += Double.isNaN(a) ? 0 : a;
          base += baseline[row - origin][s];
        }
      }
      System.out.printf(
          "  %s..%s actual %.0f, engine %.0f, baseline %.0f%n",
          p.from(), p.to(), actual, p.offered(), base);
      engineError += Math.abs(p.offered() - actual);
      baselineError += Math.abs(base - actual);
      actualSum += actual;
      n++;
    }
    System.out.printf(
        "%s (%d whole): engine WAPE %.2f%%, baseline WAPE %.2f%%%n",
        label, n, 100 * engineError / actualSum, 100 * baselineError / actualSum);
  }
}
