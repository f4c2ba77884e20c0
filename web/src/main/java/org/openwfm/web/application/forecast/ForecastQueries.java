package org.openwfm.web.application.forecast;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.application.forecast.ForecastDetail.BacktestRow;
import org.openwfm.web.application.forecast.ForecastDetail.OverrideRow;
import org.openwfm.web.application.forecast.ForecastDetail.QueueResult;
import org.openwfm.web.domain.model.forecast.Forecast;
import org.openwfm.web.domain.model.queue.Queue;

/** Reads forecast versions: the list, one version's detail and intervals, and its accuracy against actuals. */
@ApplicationScoped
@Transactional
public class ForecastQueries {

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  @Resource(lookup = "jdbc/wfm")
  private DataSource dataSource;

  /** Every version, newest first. */
  public List<ForecastVersion> versions() {
    return em.createNamedQuery("Forecast.findAll", Forecast.class).getResultStream().map(ForecastVersion::of).toList();
  }

  /** One version's header. */
  public ForecastVersion version(long id) {
    return ForecastVersion.of(entity(id));
  }

  /** One version with its queues, back-test and overrides. */
  public ForecastDetail detail(long id) {
    Forecast forecast = entity(id);
    Map<Long, String> codes = codes(forecast);
    List<QueueResult> queues = new ArrayList<>();
    List<BacktestRow> backtest = new ArrayList<>();
    List<OverrideRow> overrides = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      Map<Long, String> methods = new HashMap<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT queue_id, method, horizon_days, wape, mase, bias, coverage, chosen FROM forecast_backtest "
              + "WHERE forecast_id = ?")) {
        select.setLong(1, id);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            BacktestRow row = new BacktestRow(codes.get(rs.getLong(1)), rs.getString(2), rs.getInt(3),
                optional(rs, 4), optional(rs, 5), optional(rs, 6), optional(rs, 7), rs.getBoolean(8));
            backtest.add(row);
            if (row.chosen()) {
              methods.put(rs.getLong(1), row.method());
            }
          }
        }
      }
      backtest.sort((a, b) -> a.queue().equals(b.queue())
          ? Double.compare(a.wape().orElse(Double.MAX_VALUE), b.wape().orElse(Double.MAX_VALUE))
          : a.queue().compareTo(b.queue()));
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT queue_id, MAX(interval_minutes), COUNT(*), SUM(offered) FROM forecast_interval "
              + "WHERE forecast_id = ? GROUP BY queue_id")) {
        select.setLong(1, id);
        try (ResultSet rs = select.executeQuery()) {
          Map<String, QueueResult> byCode = new TreeMap<>();
          while (rs.next()) {
            String code = codes.get(rs.getLong(1));
            byCode.put(code, new QueueResult(code, methods.getOrDefault(rs.getLong(1), forecast.getMethod()),
                rs.getInt(2), rs.getLong(3), rs.getDouble(4)));
          }
          queues.addAll(byCode.values());
        }
      }
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT o.forecast_id, q.code, o.override_day, o.interval_start, o.factor, o.reason, o.created_by, "
              + "o.created_at FROM forecast_override o JOIN queue q ON q.id = o.queue_id WHERE o.forecast_id = ? "
              + "ORDER BY o.id")) {
        select.setLong(1, id);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            Timestamp start = rs.getTimestamp(4);
            overrides.add(new OverrideRow(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                Optional.ofNullable(start).map(Timestamp::toLocalDateTime), rs.getDouble(5), rs.getString(6),
                rs.getString(7), rs.getTimestamp(8).toLocalDateTime()));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading forecast " + id + " failed: " + e.getMessage(), e);
    }
    return new ForecastDetail(ForecastVersion.of(forecast), queues, backtest, overrides);
  }

  /**
   * A version's intervals, by queue and time.
   *
   * @param queue a queue code, or empty for all the version's queues
   * @param from first day, or empty for the version's first day
   * @param to last day (inclusive), or empty for the version's last day
   * @throws IllegalArgumentException when the queue is not part of the version or the days are reversed
   */
  public List<IntervalRow> intervals(long id, Optional<String> queue, Optional<LocalDate> from, Optional<LocalDate> to) {
    Forecast forecast = entity(id);
    Map<Long, String> codes = codes(forecast);
    Optional<Long> queueId = Optional.empty();
    if (queue.isPresent()) {
      queueId = codes.entrySet().stream().filter(e -> e.getValue().equals(queue.get())).map(Map.Entry::getKey)
          .findFirst();
      if (queueId.isEmpty()) {
        throw new IllegalArgumentException("queue: forecast " + id + " has no queue '" + queue.get()
            + "'; expected one of " + String.join(", ", new TreeMap<>(invert(codes)).keySet()) + ".");
      }
    }
    LocalDate first = from.orElse(forecast.getFirstDay());
    LocalDate last = to.orElse(forecast.getLastDay());
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("to: " + last + " is before from " + first + ".");
    }
    List<IntervalRow> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT queue_id, interval_start, interval_minutes, offered, offered_low, offered_high, aht_seconds "
                + "FROM forecast_interval WHERE forecast_id = ? AND interval_start >= ? AND interval_start < ?"
                + (queueId.isPresent() ? " AND queue_id = ?" : "") + " ORDER BY queue_id, interval_start")) {
      select.setLong(1, id);
      select.setTimestamp(2, Timestamp.valueOf(first.atStartOfDay()));
      select.setTimestamp(3, Timestamp.valueOf(last.plusDays(1).atStartOfDay()));
      if (queueId.isPresent()) {
        select.setLong(4, queueId.get());
      }
      select.setFetchSize(5000);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.add(new IntervalRow(codes.get(rs.getLong(1)), rs.getTimestamp(2).toLocalDateTime(), rs.getInt(3),
              rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading forecast " + id + " failed: " + e.getMessage(), e);
    }
    // Queue ids follow creation order, codes the alphabet: sort by code for stable files.
    rows.sort((a, b) -> a.queue().equals(b.queue()) ? a.start().compareTo(b.start()) : a.queue().compareTo(b.queue()));
    return rows;
  }

  /**
   * The version's accuracy against the history that has arrived for its days, per queue and over all queues
   * (queue {@code *}, last); empty when no actuals cover its days yet. Totals are summed in the database.
   */
  public List<QueueAccuracy> accuracy(long id) {
    Forecast forecast = entity(id);
    Map<Long, String> codes = codes(forecast);
    // Per queue: day -> {forecast, actual}
    Map<String, Map<LocalDate, double[]>> days = new TreeMap<>();
    Map<String, double[]> intervalSums = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT queue_id, CAST(interval_start AS DATE), SUM(offered) FROM forecast_interval WHERE forecast_id = ? "
              + "GROUP BY queue_id, CAST(interval_start AS DATE)")) {
        select.setLong(1, id);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            days.computeIfAbsent(codes.get(rs.getLong(1)), k -> new TreeMap<>())
                .computeIfAbsent(rs.getDate(2).toLocalDate(), k -> new double[] {0, Double.NaN})[0] = rs.getDouble(3);
          }
        }
      }
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT h.queue_id, CAST(h.interval_start AS DATE), SUM(h.offered) FROM history_interval h "
              + "JOIN forecast_queue fq ON fq.queue_id = h.queue_id AND fq.forecast_id = ? "
              + "WHERE h.interval_start >= ? AND h.interval_start < ? GROUP BY h.queue_id, CAST(h.interval_start AS DATE)")) {
        select.setLong(1, id);
        select.setTimestamp(2, Timestamp.valueOf(forecast.getFirstDay().atStartOfDay()));
        select.setTimestamp(3, Timestamp.valueOf(forecast.getLastDay().plusDays(1).atStartOfDay()));
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            double[] pair = days.computeIfAbsent(codes.get(rs.getLong(1)), k -> new TreeMap<>())
                .get(rs.getDate(2).toLocalDate());
            if (pair != null) {
              pair[1] = rs.getDouble(3);
            }
          }
        }
      }
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT f.queue_id, SUM(ABS(f.offered - h.offered)), SUM(h.offered), COUNT(*) FROM forecast_interval f "
              + "JOIN history_interval h ON h.queue_id = f.queue_id AND h.interval_start = f.interval_start "
              + "WHERE f.forecast_id = ? GROUP BY f.queue_id")) {
        select.setLong(1, id);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            intervalSums.put(codes.get(rs.getLong(1)), new double[] {rs.getDouble(2), rs.getDouble(3), rs.getLong(4)});
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the accuracy of forecast " + id + " failed: " + e.getMessage(), e);
    }
    List<QueueAccuracy> result = new ArrayList<>();
    double[] all = new double[7];
    for (Map.Entry<String, Map<LocalDate, double[]>> queue : days.entrySet()) {
      double[] sums = new double[4]; // days, |error|, actual, forecast
      for (double[] pair : queue.getValue().values()) {
        if (!Double.isNaN(pair[1])) {
          sums[0]++;
          sums[1] += Math.abs(pair[0] - pair[1]);
          sums[2] += pair[1];
          sums[3] += pair[0];
        }
      }
      double[] intervals = intervalSums.getOrDefault(queue.getKey(), new double[3]);
      if (sums[0] == 0) {
        continue;
      }
      result.add(accuracy(queue.getKey(), sums, intervals));
      // Over all queues, the days compared are calendar days, not queue-days.
      all[0] = Math.max(all[0], sums[0]);
      for (int i = 1; i < 4; i++) {
        all[i] += sums[i];
      }
      for (int i = 0; i < 3; i++) {
        all[4 + i] += intervals[i];
      }
    }
    if (result.size() > 1) {
      result.add(accuracy("*", new double[] {all[0], all[1], all[2], all[3]}, new double[] {all[4], all[5], all[6]}));
    }
    return result;
  }

  private static QueueAccuracy accuracy(String queue, double[] daily, double[] intervals) {
    double actual = daily[2];
    return new QueueAccuracy(queue, (int) daily[0], (long) intervals[2], actual, daily[3],
        actual > 0 ? Optional.of(daily[1] / actual) : Optional.empty(),
        intervals[1] > 0 ? Optional.of(intervals[0] / intervals[1]) : Optional.empty(),
        actual > 0 ? Optional.of((daily[3] - actual) / actual) : Optional.empty());
  }

  private Forecast entity(long id) {
    Forecast forecast = em.find(Forecast.class, id);
    if (forecast == null) {
      throw new NotFoundException("No forecast with id " + id + ".");
    }
    return forecast;
  }

  private static Map<Long, String> codes(Forecast forecast) {
    Map<Long, String> codes = new HashMap<>();
    for (Queue queue : forecast.getQueues()) {
      codes.put(queue.getId(), queue.getCode());
    }
    return codes;
  }

  private static Map<String, Long> invert(Map<Long, String> codes) {
    Map<String, Long> inverted = new HashMap<>();
    codes.forEach((k, v) -> inverted.put(v, k));
    return inverted;
  }

  private static Optional<Double> optional(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }
}
