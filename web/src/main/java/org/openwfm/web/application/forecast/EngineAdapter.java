package org.openwfm.web.application.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.openwfm.forecasting.IntervalForecast;
import org.openwfm.forecasting.QueueForecast;
import org.openwfm.forecasting.data.DayGrid;
import org.openwfm.forecasting.data.Event;
import org.openwfm.forecasting.data.QueueHistory;

/**
 * Translates between the database and the forecasting engine, the same way the engine's CSV readers do, so the
 * portal and {@code wfm forecast} forecast the same numbers from the same data.
 *
 * <ul>
 *   <li>History rows become a {@link DayGrid} by local wall-clock slot. Slots without a row are closed hours
 *       (NaN, never zero); a stored 0 stays a 0.
 *   <li>The grid's interval length is the coarsest length in the rows: a queue whose older history is in
 *       30-minute intervals and newer in 15 is forecast in 30, the finer rows summed into their slot (AHT
 *       weighted by handled contacts, or by offered ones without them).
 *   <li>Daylight saving: the database holds a local start once (it is part of the key), as the History CSV
 *       contract does; a spring-forward day simply has no rows in the gap. The engine forecasts the repeated
 *       autumn hour twice (one per real interval); {@link #toStored} keeps one row per local start, the mean of
 *       the two, which is what the history of that hour holds too.
 * </ul>
 */
public final class EngineAdapter {

  private EngineAdapter() {}

  /**
   * The engine's history of one queue.
   *
   * @param rows the queue's history rows, in any order; not empty
   * @throws IllegalArgumentException when there are no rows or an interval length does not divide a day
   */
  public static QueueHistory toQueueHistory(String queue, ZoneId zone, List<HistoryRow> rows) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("Queue " + queue + " has no history to forecast from.");
    }
    int minutes = rows.stream().mapToInt(HistoryRow::minutes).max().getAsInt();
    if (minutes <= 0 || 1440 % minutes != 0) {
      throw new IllegalArgumentException(
          "Queue " + queue + " has " + minutes + "-minute intervals; expected a length that divides a day.");
    }
    LocalDate first = rows.stream().map(r -> r.start().toLocalDate()).min(LocalDate::compareTo).get();
    LocalDate last = rows.stream().map(r -> r.start().toLocalDate()).max(LocalDate::compareTo).get();
    int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
    int slots = 1440 / minutes;
    double[][] offered = nanGrid(days, slots);
    double[][] handled = nanGrid(days, slots);
    double[][] ahtWeighted = new double[days][slots];
    double[][] ahtWeight = new double[days][slots];
    double[][] ahtPlain = new double[days][slots];
    int[][] ahtCount = new int[days][slots];
    boolean hasHandled = false;
    boolean hasAht = false;
    for (HistoryRow row : rows) {
      int d = (int) ChronoUnit.DAYS.between(first, row.start().toLocalDate());
      int s = (row.start().getHour() * 60 + row.start().getMinute()) / minutes;
      offered[d][s] = Double.isNaN(offered[d][s]) ? row.offered() : offered[d][s] + row.offered();
      if (!Double.isNaN(row.handled())) {
        hasHandled = true;
        handled[d][s] = Double.isNaN(handled[d][s]) ? row.handled() : handled[d][s] + row.handled();
      }
      if (!Double.isNaN(row.ahtSeconds())) {
        hasAht = true;
        double weight = Double.isNaN(row.handled()) ? row.offered() : row.handled();
        ahtWeighted[d][s] += weight * row.ahtSeconds();
        ahtWeight[d][s] += weight;
        ahtPlain[d][s] += row.ahtSeconds();
        ahtCount[d][s]++;
      }
    }
    double[][] aht = nanGrid(days, slots);
    for (int d = 0; d < days; d++) {
      for (int s = 0; s < slots; s++) {
        if (ahtCount[d][s] > 0) {
          // Without contacts to weight by (e.g. every row handled 0), the plain mean keeps the recorded value.
          aht[d][s] = ahtWeight[d][s] > 0 ? ahtWeighted[d][s] / ahtWeight[d][s] : ahtPlain[d][s] / ahtCount[d][s];
        }
      }
    }
    return new QueueHistory(
        queue,
        zone,
        new DayGrid(first, minutes, offered),
        hasHandled ? Optional.of(new DayGrid(first, minutes, handled)) : Optional.empty(),
        hasAht ? Optional.of(new DayGrid(first, minutes, aht)) : Optional.empty());
  }

  /**
   * A calendar event as the engine sees it.
   *
   * @param queue the event's queue code; empty for a centre-wide event
   * @param factor the planner's multiplier; NaN or null when the effect is to be learned
   */
  public static Event toEvent(
      LocalDate from, LocalDate to, String kind, String name, Optional<String> queue, Double factor) {
    return new Event(from, to, kind, name, queue,
        factor == null || factor.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(factor));
  }

  /**
   * The rows to store for a queue's forecast, one per local start, keeping only days from {@code firstDay}.
   * The repeated autumn hour's two intervals become one row with their mean values (see the class comment).
   */
  public static List<StoredInterval> toStored(QueueForecast forecast, LocalDate firstDay) {
    Map<LocalDateTime, double[]> sums = new LinkedHashMap<>();
    for (IntervalForecast f : forecast.intervals()) {
      if (f.start().toLocalDate().isBefore(firstDay)) {
        continue;
      }
      double[] sum = sums.computeIfAbsent(f.start(), k -> new double[5]);
      sum[0] += f.offered();
      sum[1] += f.offeredLow();
      sum[2] += f.offeredHigh();
      sum[3] += f.ahtSeconds().orElse(0);
      sum[4]++;
    }
    List<StoredInterval> stored = new ArrayList<>(sums.size());
    for (Map.Entry<LocalDateTime, double[]> e : sums.entrySet()) {
      double[] s = e.getValue();
      double n = s[4];
      stored.add(new StoredInterval(
          e.getKey(), forecast.intervalMinutes(), s[0] / n, s[1] / n, s[2] / n, s[3] / n));
    }
    return stored;
  }

  private static double[][] nanGrid(int days, int slots) {
    double[][] grid = new double[days][slots];
    for (double[] row : grid) {
      Arrays.fill(row, Double.NaN);
    }
    return grid;
  }
}
