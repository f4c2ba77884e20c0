package org.openwfm.web.application.forecast;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Offered contacts of a queue over time for charts: single intervals for a few days, daily and weekly totals for
 * longer spans. Totals are summed in the database (a year of 15-minute history is about 35,000 rows per queue;
 * the chart needs 365 or 53 points).
 */
@ApplicationScoped
@Transactional
public class HistorySeries {

  /** Offered contacts of one interval, local start in the queue's time zone. */
  public record Point(LocalDateTime start, int minutes, double offered) {}

  /** Offered contacts of a day or of the week starting on {@code day} (a Monday). */
  public record Total(LocalDate day, double offered, int days) {}

  /** The first and last day with history of a queue. */
  public record Span(LocalDate first, LocalDate last) {}

  @Resource(lookup = "jdbc/wfm")
  private DataSource dataSource;

  /** The queues with history and their first and last day, by code. */
  public Map<String, Span> spans() {
    Map<String, Span> spans = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT q.code, MIN(h.interval_start), MAX(h.interval_start) FROM history_interval h "
                + "JOIN queue q ON q.id = h.queue_id GROUP BY q.code");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        spans.put(rs.getString(1), new Span(rs.getTimestamp(2).toLocalDateTime().toLocalDate(),
            rs.getTimestamp(3).toLocalDateTime().toLocalDate()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading history failed: " + e.getMessage(), e);
    }
    return spans;
  }

  /** The intervals with history of a queue from {@code from} to {@code to} (inclusive days), in time order. */
  public List<Point> intervals(String queue, LocalDate from, LocalDate to) {
    List<Point> points = new ArrayList<>();
    query("SELECT h.interval_start, h.interval_minutes, h.offered FROM history_interval h JOIN queue q ON q.id = h.queue_id "
            + "WHERE q.code = ? AND h.interval_start >= ? AND h.interval_start < ? ORDER BY h.interval_start",
        queue, from, to,
        rs -> points.add(new Point(rs.getTimestamp(1).toLocalDateTime(), rs.getInt(2), rs.getDouble(3))));
    return points;
  }

  /** Daily totals of a queue from {@code from} to {@code to}; days without history are left out. */
  public List<Total> dailyTotals(String queue, LocalDate from, LocalDate to) {
    List<Total> totals = new ArrayList<>();
    query("SELECT CAST(h.interval_start AS DATE), SUM(h.offered) FROM history_interval h JOIN queue q ON q.id = h.queue_id "
            + "WHERE q.code = ? AND h.interval_start >= ? AND h.interval_start < ? "
            + "GROUP BY CAST(h.interval_start AS DATE) ORDER BY CAST(h.interval_start AS DATE)",
        queue, from, to, rs -> totals.add(new Total(rs.getDate(1).toLocalDate(), rs.getDouble(2), 1)));
    return totals;
  }

  /**
   * Weekly totals (Monday to Sunday) of a queue for the weeks touching {@code from} to {@code to}, from the daily
   * totals the database sums; {@code days} says how many days of each week have history (a partial first or last
   * week is not a dip in demand).
   */
  public List<Total> weeklyTotals(String queue, LocalDate from, LocalDate to) {
    LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate sunday = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    Map<LocalDate, double[]> weeks = new TreeMap<>();
    for (Total day : dailyTotals(queue, monday, sunday)) {
      double[] week = weeks.computeIfAbsent(
          day.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), k -> new double[2]);
      week[0] += day.offered();
      week[1]++;
    }
    List<Total> totals = new ArrayList<>();
    weeks.forEach((start, week) -> totals.add(new Total(start, week[0], (int) week[1])));
    return totals;
  }

  /** The last day with history of a queue. */
  public Optional<LocalDate> lastDay(String queue) {
    return Optional.ofNullable(spans().get(queue)).map(Span::last);
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private void query(String sql, String queue, LocalDate from, LocalDate to, RowReader reader) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to: " + to + " is before from " + from + ".");
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, queue);
      select.setTimestamp(2, Timestamp.valueOf(from.atStartOfDay()));
      select.setTimestamp(3, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading history failed: " + e.getMessage(), e);
    }
  }
}
