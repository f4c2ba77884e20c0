package org.openwfm.forecasting.benchmark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.forecasting.ForecastRequest;
import org.openwfm.forecasting.Forecaster;
import org.openwfm.forecasting.IntervalForecast;
import org.openwfm.forecasting.QueueForecast;
import org.openwfm.forecasting.data.DayGrid;
import org.openwfm.forecasting.data.Event;
import org.openwfm.forecasting.data.QueueHistory;
import org.openwfm.forecasting.model.WeekdayAverageModel;

/**
 * Weekly-origin benchmark on {@code il-bank-1999}: origins every 7 days from 30 June (the last
 * training day) while the 14-day horizon fits before 1 September; each origin forecasts the next 14
 * days from the history up to it, with the events file (future events are known). Scores: interval
 * WAPE on horizon days 8-14 (with the part pure Poisson noise around the forecast would cause),
 * daily-total WAPE on days 1-14, and the out-of-sample coverage of the 80% band; the baseline is
 * the mean of the last 5 same weekdays on raw data.
 *
 * <p>Usage: {@code java -cp cli/target/wfm.jar org.openwfm.forecasting.benchmark.IlBankBenchmark
 * ../shared/data/il-bank-1999/history-jan-aug.csv ../shared/data/il-bank-1999/events-jan-aug.csv
 * [method ...]}. With {@code -Ddebug=true} it prints forecast/actual daily totals per origin.
 */
public final class IlBankBenchmark {
  private static final int HORIZON = 14;

  private IlBankBenchmark() {}

  public static void main(String[] args) throws Exception {
    QueueHistory queue = BenchmarkSupport.readSingleQueue(Path.of(args[0]));
    List<Event> events = BenchmarkSupport.readEvents(Path.of(args[1]));
    List<String> methods =
        args.length > 2 ? List.of(args).subList(2, args.length) : List.of("auto", "daily-profile");
    DayGrid grid = queue.offered();
    List<Integer> origins = new ArrayList<>();
    for (LocalDate o = LocalDate.of(1999, 6, 30);
        !o.plusDays(HORIZON).isAfter(grid.lastDay());
        o = o.plusDays(7)) {
      origins.add(grid.indexOf(o) + 1); // rows before the first forecast day
    }
    Scores baseline = new Scores();
    for (int o : origins) {
      baseline.add(
          BenchmarkSupport.baseline(new WeekdayAverageModel(5, false), grid, o, HORIZON), grid, o);
    }
    System.out.printf(
        "origins %d (first forecast days %s .. %s)%n",
        origins.size(),
        grid.firstDay().plusDays(origins.get(0)),
        grid.firstDay().plusDays(origins.get(origins.size() - 1)));
    baseline.print("baseline weekday-mean-5");
    Forecaster forecaster = new Forecaster();
    for (String method : methods) {
      Scores engine = new Scores();
      Map<String, Integer> chosen = new LinkedHashMap<>();
      long started = System.nanoTime();
      for (int o : origins) {
        QueueForecast f =
            forecaster
                .forecast(
                    BenchmarkSupport.head(queue, o),
                    events,
                    new ForecastRequest(HORIZON, method, 0.8))
                .queues()
                .get(0);
        chosen.merge(f.method(), 1, Integer::sum);
        double[][] fg = BenchmarkSupport.asGrid(f.intervals(), grid, o, HORIZON);
        engine.add(fg, grid, o);
        if (Boolean.getBoolean("debug")) {
          StringBuilder b = new StringBuilder();
          for (int h = 0; h < HORIZON; h++) {
            double ft = 0;
            double at = 0;
            for (int s = 0; s < grid.slotsPerDay(); s++) {
              ft += fg[h][s];
              at += Double.isNaN(grid.value(o + h, s)) ? 0 : grid.value(o + h, s);
            }
            b.append(
                String.format(
                    "%s %s %.0f/%.0f ",
                    grid.firstDay().plusDays(o + h).getDayOfMonth(),
                    grid.firstDay().plusDays(o + h).getDayOfWeek().toString().substring(0, 2),
                    ft,
                    at));
          }
          System.out.println(b);
        }
        engine.addBand(f.intervals(), grid, o);
      }
      engine.print(String.format("engine   %-15s", method));
      System.out.printf(
          "         %.1f s, chosen %s%n", (System.nanoTime() - started) / 1e9, chosen);
    }
  }

  /** E|X - m| for X Poisson with mean m: 2 e^-m m^(k+1) / k! with k = floor(m). */
  static double poissonMeanAbsoluteDeviation(double m) {
    if (m <= 0) {
      return 0;
    }
    int k = (int) Math.floor(m);
    double log = Math.log(2) - m + (k + 1) * Math.log(m);
    for (int i = 2; i <= k; i++) {
      log -= Math.log(i);
    }
    return Math.exp(log);
  }

  private static final class Scores {
    double intervalAbs8to14;
    double poissonFloor8to14;
    double intervalSum8to14;
    double dailyAbs;
    double dailySum;
    double dailyAbs8to14;
    double dailySum8to14;
    long inside;
    long scored;

    void add(double[][] forecast, DayGrid grid, int origin) {
      for (int h = 0; h < HORIZON; h++) {
        double ft = 0;
        double at = 0;
        for (int s = 0; s < grid.slotsPerDay(); s++) {
          double a = grid.value(origin + h, s);
          if (Double.isNaN(a)) {
            continue;
          }
          ft += forecast[h][s];
          at += a;
          if (h >= 7) {
            double scale = scaleTo(forecast[h], grid, origin + h);
            intervalAbsGivenTotals8to14 += Math.abs(forecast[h][s] * scale - a);
            intervalAbs8to14 += Math.abs(forecast[h][s] - a);
            poissonFloor8to14 += poissonMeanAbsoluteDeviation(Math.max(forecast[h][s], 0));
            intervalSum8to14 += a;
          }
        }
        dailyAbs += Math.abs(ft - at);
        dailySum += at;
        if (h >= 7) {
          dailyAbs8to14 += Math.abs(ft - at);
          dailySum8to14 += at;
        }
      }
    }

    // The forecast of each day rescaled to the day's actual total: the error left to the shape.
    double intervalAbsGivenTotals8to14;

    static double scaleTo(double[] f, DayGrid grid, int d) {
      double ft = 0;
      double at = 0;
      for (int s = 0; s < grid.slotsPerDay(); s++) {
        if (!Double.isNaN(grid.value(d, s))) {
          ft += f[s];
          at += grid.value(d, s);
        }
      }
      return ft > 0 ? at / ft : 1;
    }

    void addBand(List<IntervalForecast> intervals, DayGrid grid, int origin) {
      for (IntervalForecast f : intervals) {
        int d = grid.indexOf(f.start().toLocalDate());
        int s = (f.start().getHour() * 60 + f.start().getMinute()) / grid.intervalMinutes();
        if (d < grid.days() && !Double.isNaN(grid.value(d, s))) {
          double a = grid.value(d, s);
          inside += a >= f.offeredLow() && a <= f.offeredHigh() ? 1 : 0;
          scored++;
        }
      }
    }

    void print(String label) {
      System.out.printf(
          "%s interval WAPE days 8-14 %.2f%% (Poisson noise alone %.1f%%), daily-total WAPE days"
              + " 1-14 %.2f%% (8-14 %.2f%%)%s%n",
          label
              + String.format(
                  " [with actual daily totals %.2f%%]",
                  100 * intervalAbsGivenTotals8to14 / intervalSum8to14),
          100 * intervalAbs8to14 / intervalSum8to14,
          100 * poissonFloor8to14 / intervalSum8to14,
          100 * dailyAbs / dailySum,
          100 * dailyAbs8to14 / dailySum8to14,
          scored == 0 ? "" : String.format(", 80%% band coverage %.1f%%", 100.0 * inside / scored));
    }
  }
}
