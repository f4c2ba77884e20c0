package org.openwfm.simulator.des.scenario;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads expected arrivals per queue and interval from the forecast CSV of the forecasting engine
 * ({@code queue,interval_start,offered,offered_low,offered_high,aht_seconds}; columns by name;
 * {@code queue}, {@code interval_start}, {@code offered} and the optional {@code aht_seconds} are
 * used). {@code interval_start} is an ISO-8601 local date-time that must fall on the scenario's
 * interval grid; rows outside the horizon are ignored and intervals without a row have no arrivals
 * (closed).
 */
public final class ForecastCsv {
  private final LocalDateTime horizonStart;
  private final double intervalMinutes;
  private final int intervals;

  /**
   * @param horizonStart the local date-time of time 0 of the simulation
   * @param intervalMinutes the scenario's interval length, minutes
   * @param intervals the number of intervals of the horizon
   */
  public ForecastCsv(LocalDateTime horizonStart, double intervalMinutes, int intervals) {
    this.horizonStart = horizonStart;
    this.intervalMinutes = intervalMinutes;
    this.intervals = intervals;
  }

  /**
   * One queue's forecast over the horizon.
   *
   * @param offered expected arrivals of every interval (0 where the forecast has no row)
   * @param ahtSeconds forecast handle time of every interval, seconds (NaN where unknown)
   */
  public record Series(double[] offered, double[] ahtSeconds) {}

  /** The forecast of every queue in the file; errors name line and column. */
  public Map<String, Series> read(String text, String source) {
    // A byte-order mark from a spreadsheet export would spoil the first header name.
    String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
    List<String> header = List.of(lines[0].trim().split(",", -1));
    int queueColumn = header.indexOf("queue");
    int startColumn = header.indexOf("interval_start");
    int offeredColumn = header.indexOf("offered");
    int ahtColumn = header.indexOf("aht_seconds");
    if (queueColumn < 0 || startColumn < 0 || offeredColumn < 0) {
      throw new IllegalArgumentException(
          source + ": line 1: expected a header with the columns queue, interval_start, offered");
    }
    Map<String, Series> series = new HashMap<>();
    Map<String, boolean[]> seen = new HashMap<>();
    for (int n = 1; n < lines.length; n++) {
      String line = lines[n].trim();
      if (line.isEmpty()) {
        continue;
      }
      int lineNumber = n + 1;
      String[] cells = line.split(",", -1);
      if (cells.length != header.size()) {
        throw new IllegalArgumentException(
            source
                + ": line "
                + lineNumber
                + ": expected "
                + header.size()
                + " columns, got "
                + cells.length);
      }
      String queue = cells[queueColumn].trim();
      if (queue.isEmpty()) {
        throw new IllegalArgumentException(
            source + ": line " + lineNumber + ", column queue: expected a queue id");
      }
      LocalDateTime start;
      try {
        start = LocalDateTime.parse(cells[startColumn].trim());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            source
                + ": line "
                + lineNumber
                + ", column interval_start: expected an ISO-8601 "
                + "local date-time such as 2026-03-02T09:30, got '"
                + cells[startColumn].trim()
                + "'");
      }
      double minutes = Duration.between(horizonStart, start).toSeconds() / 60.0;
      double position = minutes / intervalMinutes;
      int interval = (int) Math.floor(position);
      if (Math.abs(position - Math.rint(position)) > 1e-9) {
        throw new IllegalArgumentException(
            source
                + ": line "
                + lineNumber
                + ", column interval_start: expected a start on the "
                + "scenario's "
                + intervalMinutes
                + "-minute grid from "
                + horizonStart
                + ", got "
                + start);
      }
      double offered;
      try {
        offered = Double.parseDouble(cells[offeredColumn].trim());
      } catch (NumberFormatException e) {
        offered = Double.NaN;
      }
      if (!(offered >= 0) || Double.isInfinite(offered)) {
        throw new IllegalArgumentException(
            source
                + ": line "
                + lineNumber
                + ", column offered: expected a number >= 0, got '"
                + cells[offeredColumn].trim()
                + "'");
      }
      if (interval < 0 || interval >= intervals) {
        continue;
      }
      boolean[] done = seen.computeIfAbsent(queue, q -> new boolean[intervals]);
      if (done[interval]) {
        throw new IllegalArgumentException(
            source + ": line " + lineNumber + ": a second row for queue " + queue + " at " + start);
      }
      done[interval] = true;
      Series forecast =
          series.computeIfAbsent(
              queue,
              q -> {
                double[] aht = new double[intervals];
                Arrays.fill(aht, Double.NaN);
                return new Series(new double[intervals], aht);
              });
      forecast.offered()[interval] = offered;
      if (ahtColumn >= 0 && !cells[ahtColumn].isBlank()) {
        double aht;
        try {
          aht = Double.parseDouble(cells[ahtColumn].trim());
        } catch (NumberFormatException e) {
          aht = Double.NaN;
        }
        if (!(aht > 0) || Double.isInfinite(aht)) {
          throw new IllegalArgumentException(
              source
                  + ": line "
                  + lineNumber
                  + ", column aht_seconds: expected a positive number, "
                  + "got '"
                  + cells[ahtColumn].trim()
                  + "'");
        }
        forecast.ahtSeconds()[interval] = aht;
      }
    }
    return series;
  }
}
