package org.openwfm.web.application.forecast;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.openwfm.forecasting.backtest.BacktestReport;
import org.openwfm.forecasting.backtest.MethodScore;
import org.openwfm.forecasting.data.Event;
import org.openwfm.web.application.forecast.ForecastPlan.PlannedQueue;
import org.openwfm.web.domain.model.calendar.CalendarEvent;
import org.openwfm.web.domain.model.queue.Queue;

/**
 * The forecast run's database side: checks an order against the queues and their history, reads a queue's
 * history and events for the engine, and writes a version in one transaction. Bulk rows go through JDBC batches
 * on the transaction's connection (a 28-day forecast of 13 queues is about 35,000 intervals).
 */
@ApplicationScoped
public class ForecastStore {

  private static final int BATCH = 1000;

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  @Resource(lookup = "jdbc/wfm")
  private DataSource dataSource;

  /**
   * Checks an order and resolves its queues, days and history.
   *
   * @param knownMethods the engine's method names
   * @throws IllegalArgumentException naming the field: an unknown queue or method, a queue without history
   *     before the first day, a horizon beyond the engine's 400 days
   */
  @Transactional
  public ForecastPlan plan(ForecastOrder order, List<String> knownMethods) {
    if (!knownMethods.contains(order.method())) {
      throw new IllegalArgumentException("method: expected one of " + String.join(", ", knownMethods)
          + ", found '" + order.method() + "'.");
    }
    Map<String, Queue> queues = new HashMap<>();
    for (Queue queue : em.createNamedQuery("Queue.findAll", Queue.class).getResultList()) {
      queues.put(queue.getCode(), queue);
    }
    // Only history before the first day counts; without a first day, history dated after today is not an actual
    // (e.g. a test import far ahead) and must not push the forecast into the future.
    LocalDate limit = order.firstDay().orElse(LocalDate.now().plusDays(1));
    Map<Long, LocalDate[]> spans = new HashMap<>();
    for (Object[] row : em.createQuery(
            "SELECT h.queue.id, MIN(h.intervalStart), MAX(h.intervalStart) FROM HistoryInterval h "
                + "WHERE h.intervalStart < :limit GROUP BY h.queue.id", Object[].class)
        .setParameter("limit", limit.atStartOfDay())
        .getResultList()) {
      spans.put(((Number) row[0]).longValue(),
          new LocalDate[] {((LocalDateTime) row[1]).toLocalDate(), ((LocalDateTime) row[2]).toLocalDate()});
    }
    Set<String> codes = new LinkedHashSet<>(order.queues());
    if (codes.isEmpty()) {
      for (Queue queue : queues.values()) {
        if (spans.containsKey(queue.getId())) {
          codes.add(queue.getCode());
        }
      }
      if (codes.isEmpty()) {
        throw new IllegalArgumentException("queues: no queue has history yet; import history first.");
      }
    }
    List<Queue> chosen = new ArrayList<>();
    for (String code : new TreeSet<>(codes)) {
      Queue queue = queues.get(code);
      if (queue == null) {
        throw new IllegalArgumentException("queues: unknown queue '" + code + "'; expected one of "
            + String.join(", ", new TreeSet<>(queues.keySet())) + ".");
      }
      if (!spans.containsKey(queue.getId())) {
        throw new IllegalArgumentException(order.firstDay().isPresent()
            ? "firstDay: queue " + code + " has no history before " + limit + "; expected a later first day."
            : "queues: queue " + code + " has no history to forecast from.");
      }
      chosen.add(queue);
    }
    LocalDate firstDay = order.firstDay().orElseGet(() ->
        chosen.stream().map(q -> spans.get(q.getId())[1]).max(LocalDate::compareTo).get().plusDays(1));
    LocalDate lastDay = firstDay.plusDays(order.days() - 1L);
    List<PlannedQueue> planned = new ArrayList<>();
    for (Queue queue : chosen) {
      LocalDate[] span = spans.get(queue.getId());
      LocalDate historyEnd = span[1];
      PlannedQueue p = new PlannedQueue(queue.getId(), queue.getCode(), queue.getTimeZone(), historyEnd);
      if (p.horizonDays(lastDay) > 400) {
        throw new IllegalArgumentException("firstDay: queue " + queue.getCode() + "'s history ends on " + historyEnd
            + ", " + p.horizonDays(lastDay) + " days before the last forecast day " + lastDay
            + "; expected at most 400 days.");
      }
      planned.add(p);
    }
    String name = order.name().map(String::strip).filter(n -> !n.isEmpty())
        .orElse("Forecast " + firstDay + " to " + lastDay);
    return new ForecastPlan(name, planned, firstDay, lastDay, order.method(), order.level());
  }

  /** A queue's history up to and including {@code lastDay}, in time order. */
  @Transactional
  public List<HistoryRow> history(long queueId, LocalDate lastDay) {
    List<HistoryRow> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT interval_start, interval_minutes, offered, handled, aht_seconds FROM history_interval "
                + "WHERE queue_id = ? AND interval_start < ? ORDER BY interval_start")) {
      select.setLong(1, queueId);
      select.setTimestamp(2, Timestamp.valueOf(lastDay.plusDays(1).atStartOfDay()));
      select.setFetchSize(5000);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.add(new HistoryRow(rs.getTimestamp(1).toLocalDateTime(), rs.getInt(2), rs.getDouble(3),
              nullable(rs, 4), nullable(rs, 5)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading history failed: " + e.getMessage(), e);
    }
    return rows;
  }

  /**
   * The events the engine needs for a queue: its own and the centre-wide ones (no queue, no site). An event with
   * a site and no queue concerns that site's staff (e.g. a national holiday for absences), not a queue's volume:
   * the demo centre names the queues a national holiday empties with events of their own.
   */
  @Transactional
  public List<Event> events(long queueId) {
    return em.createQuery(
            "SELECT e FROM CalendarEvent e LEFT JOIN FETCH e.queue LEFT JOIN e.queue q LEFT JOIN e.site s "
                + "WHERE q.id = :queue OR (q IS NULL AND s IS NULL) ORDER BY e.dateFrom, e.id", CalendarEvent.class)
        .setParameter("queue", queueId)
        .getResultStream()
        .map(e -> EngineAdapter.toEvent(e.getDateFrom(), e.getDateTo(), e.getKind(), e.getName(),
            e.getQueue().map(Queue::getCode), e.getFactor().orElse(null)))
        .toList();
  }

  /**
   * Writes a version: header, queues, intervals and back-test, in one transaction.
   *
   * @return the new forecast's id
   */
  @Transactional
  public long save(ForecastPlan plan, String user, List<ForecastedQueue> results) {
    try (Connection connection = dataSource.getConnection()) {
      long id = insertHeader(connection, plan, user);
      try (PreparedStatement queue = connection.prepareStatement(
              "INSERT INTO forecast_queue (forecast_id, queue_id) VALUES (?, ?)");
          PreparedStatement backtest = connection.prepareStatement(
              "INSERT INTO forecast_backtest (forecast_id, queue_id, method, horizon_days, wape, mase, bias, coverage,"
                  + " chosen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (ForecastedQueue result : results) {
          queue.setLong(1, id);
          queue.setLong(2, result.queueId());
          queue.addBatch();
          for (MethodScore score : wholeHorizonScores(result.backtest())) {
            boolean chosen = score.method().equals(result.method());
            backtest.setLong(1, id);
            backtest.setLong(2, result.queueId());
            backtest.setString(3, score.method());
            backtest.setInt(4, score.toDay());
            setDouble(backtest, 5, score.wape());
            setDouble(backtest, 6, score.mase());
            setDouble(backtest, 7, score.bias());
            // The engine calibrates the band of the chosen method only, so only its coverage is known.
            setDouble(backtest, 8, chosen ? result.backtest().coverage() : Double.NaN);
            backtest.setBoolean(9, chosen);
            backtest.addBatch();
          }
        }
        queue.executeBatch();
        backtest.executeBatch();
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO forecast_interval (forecast_id, queue_id, interval_start, interval_minutes, offered, offered_low,"
              + " offered_high, aht_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        int pending = 0;
        for (ForecastedQueue result : results) {
          for (StoredInterval interval : result.intervals()) {
            insert.setLong(1, id);
            insert.setLong(2, result.queueId());
            insert.setTimestamp(3, Timestamp.valueOf(interval.start()));
            insert.setInt(4, interval.minutes());
            insert.setDouble(5, interval.offered());
            insert.setDouble(6, interval.low());
            insert.setDouble(7, interval.high());
            insert.setDouble(8, interval.ahtSeconds());
            insert.addBatch();
            if (++pending == BATCH) {
              insert.executeBatch();
              pending = 0;
            }
          }
        }
        if (pending > 0) {
          insert.executeBatch();
        }
      }
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException("Writing the forecast failed: " + e.getMessage(), e);
    }
  }

  /**
   * The scores over the whole back-test horizon, one per method (the engine adds rows for days 1-7 and 8-14 after
   * them, which the table keyed by method does not hold).
   */
  static List<MethodScore> wholeHorizonScores(BacktestReport report) {
    Map<String, MethodScore> best = new LinkedHashMap<>();
    for (MethodScore score : report.scores()) {
      MethodScore kept = best.get(score.method());
      if (kept == null || score.toDay() - score.fromDay() > kept.toDay() - kept.fromDay()) {
        best.put(score.method(), score);
      }
    }
    return List.copyOf(best.values());
  }

  private static long insertHeader(Connection connection, ForecastPlan plan, String user) throws SQLException {
    try (PreparedStatement header = connection.prepareStatement(
        "INSERT INTO forecast (name, parent_id, first_day, last_day, method, band_level, history_end, created_by,"
            + " created_at, note, version) VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        Statement.RETURN_GENERATED_KEYS)) {
      header.setString(1, plan.name());
      header.setDate(2, Date.valueOf(plan.firstDay()));
      header.setDate(3, Date.valueOf(plan.lastDay()));
      header.setString(4, plan.method());
      header.setDouble(5, plan.level());
      header.setDate(6, Date.valueOf(plan.historyEnd()));
      header.setString(7, user);
      header.setTimestamp(8, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)));
      header.setString(9, "Days " + plan.firstDay() + " to " + plan.lastDay() + ", method " + plan.method()
          + ", band " + Math.round(plan.level() * 100) + "%.");
      header.executeUpdate();
      try (ResultSet keys = header.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  static double nullable(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : value;
  }

  static void setDouble(PreparedStatement statement, int index, double value) throws SQLException {
    if (Double.isFinite(value)) {
      statement.setDouble(index, value);
    } else {
      statement.setNull(index, Types.DOUBLE);
    }
  }
}
