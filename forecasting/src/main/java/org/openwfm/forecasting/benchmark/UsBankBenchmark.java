package org.openwfm.forecasting.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.forecasting.ForecastRequest;
import org.openwfm.forecasting.Forecaster;
import org.openwfm.forecasting.QueueForecast;
import org.openwfm.forecasting.data.DayGrid;
import org.openwfm.forecasting.data.QueueHistory;
import org.openwfm.forecasting.model.ForecastModel;
import org.openwfm.forecasting.model.PreviousDayModel;
import org.openwfm.forecasting.model.SeasonalNaiveModel;
import org.openwfm.forecasting.model.WeekdayAverageModel;

/**
 * Protocol A of the shared data README on {@code us-bank-2003}: each of the last 64 days with data
 * is forecast from all earlier days; the score is the per-day RMSE over the day's intervals,
 * averaged over the days. Prints the three published baselines (run on raw data, as published) and
 * the engine's methods.
 *
 * <p>Usage: {@code java -cp cli/target/wfm.jar org.openwfm.forecasting.benchmark.UsBankBenchmark
 * ../shared/data/us-bank-2003/history.csv [method ...]} (default methods: auto, daily-profile,
 * holt-winters, combination, weekday-mean-5).
 */
public final class UsBankBenchmark {
  private UsBankBenchmark() {}

  public static void main(String[] args) throws Exception {
    QueueHistory queue = BenchmarkSupport.readSingleQueue(Path.of(args[0]));
    List<String> methods =
        args.length > 1
            ? List.of(args).subList(1, args.length)
            : List.of("auto", "daily-profile", "holt-winters", "combination", "weekday-mean-5");
    DayGrid grid = queue.offered();
    List<Integer> days = new ArrayList<>();
    for (int d = 0; d < grid.days(); d++) {
      if (grid.hasData(d)) {
        days.add(d);
      }
    }
    List<Integer> targets = days.subList(days.size() - 64, days.size());
    for (ForecastModel baseline :
        List.of(
            new PreviousDayModel(),
            new SeasonalNaiveModel(),
            new WeekdayAverageModel(Integer.MAX_VALUE, false))) {
      double sum = 0;
      for (int d : targets) {
        sum += rmse(BenchmarkSupport.baseline(baseline, grid, d, 1)[0], grid, d);
      }
      System.out.printf("baseline %-22s mean daily RMSE %.2f%n", baseline.name(), sum / 64);
    }
    Forecaster forecaster = new Forecaster();
    for (String method : methods) {
      long started = System.nanoTime();
      double sum = 0;
      Map<String, Integer> chosen = new LinkedHashMap<>();
      for (int d : targets) {
        QueueForecast f =
            forecaster
                .forecast(
                    BenchmarkSupport.head(queue, d), List.of(), new ForecastRequest(1, method, 0.8))
                .queues()
                .get(0);
        chosen.merge(f.method(), 1, Integer::sum);
        double r = rmse(BenchmarkSupport.asGrid(f.intervals(), grid, d, 1)[0], grid, d);
        sum += r;
        if (System.getProperty("debug") != null && r > 28) {
          double ft = 0;
          double at = 0;
          for (var x : f.intervals()) ft += x.offered();
          for (int s = 0; s < grid.slotsPerDay(); s++)
            at += Double.isNaN(grid.value(d, s)) ? 0 : grid.value(d, s);
          System.out.println(
              grid.firstDay().plusDays(d)
                  + " rmse "
                  + r
                  + " total f "
                  + ft
                  + " a "
                  + at
                  + " "
                  + f.eventEffects()
                  + " "
                  + f.outliers());
        }
      }
      System.out.printf(
          "engine   %-22s mean daily RMSE %.2f  (%.1f s; chosen %s)%n",
          method, sum / 64, (System.nanoTime() - started) / 1e9, chosen);
    }
  }

  private static double rmse(double[] forecast, DayGrid grid, int d) {
    double se = 0;
    int n = 0;
    for (int s = 0; s < grid.slotsPerDay(); s++) {
      double a = grid.value(d, s);
      if (!Double.isNaN(a)) {
        se += (forecast[s] - a) * (forecast[s] - a);
        n++;
      }
    }
    return Math.sqrt(se / n);
  }
}
