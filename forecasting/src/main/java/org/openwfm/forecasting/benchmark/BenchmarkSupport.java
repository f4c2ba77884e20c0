package org.openwfm.forecasting.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.openwfm.forecasting.IntervalForecast;
import org.openwfm.forecasting.data.DayGrid;
import org.openwfm.forecasting.data.Event;
import org.openwfm.forecasting.data.EventsCsvReader;
import org.openwfm.forecasting.data.History;
import org.openwfm.forecasting.data.HistoryCsvReader;
import org.openwfm.forecasting.data.QueueHistory;
import org.openwfm.forecasting.model.ForecastModel;
import org.openwfm.forecasting.model.OpenHours;
import org.openwfm.forecasting.model.TrainingData;

/**
 * Helpers shared by the benchmarks: reading files, cutting a history at an origin, forecasts as
 * grids.
 */
final class BenchmarkSupport {
  private BenchmarkSupport() {}

  static QueueHistory readSingleQueue(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new HistoryCsvReader().read(in, file.getFileName().toString()).queues().get(0);
    }
  }

  static List<Event> readEvents(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new EventsCsvReader().read(in, file.getFileName().toString());
    }
  }

  /** The history of the first {@code days} rows. */
  static History head(QueueHistory q, int days) {
    return new History(
        List.of(QueueHistory.ofOffered(q.queue(), q.zone(), q.offered().head(days))));
  }

  /** A baseline model run on the raw rows before {@code origin}, as the published baselines are. */
  static double[][] baseline(ForecastModel model, DayGrid grid, int origin, int horizon) {
    double[][] rows = grid.head(origin).toArray();
    return model.forecast(
        new TrainingData(grid.firstDay(), rows, OpenHours.learn(grid.firstDay(), rows)), horizon);
  }

  /**
   * Interval forecasts laid out as {@code [day][slot]} from the day after {@code lastDay}; 0 if
   * absent.
   */
  static double[][] asGrid(
      List<IntervalForecast> intervals, DayGrid grid, int origin, int horizon) {
    double[][] out = new double[horizon][grid.slotsPerDay()];
    LocalDateTime start = grid.firstDay().plusDays(origin).atStartOfDay();
    for (IntervalForecast f : intervals) {
      long minutes = java.time.Duration.between(start, f.start()).toMinutes();
      int h = (int) (minutes / 1440);
      int s = (int) (minutes % 1440) / grid.intervalMinutes();
      if (h >= 0 && h < horizon) {
        out[h][s] = f.offered();
      }
    }
    return out;
  }
}
