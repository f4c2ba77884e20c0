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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.domain.model.forecast.Forecast;
import org.openwfm.web.domain.model.queue.Queue;

/**
 * Saves a planner's overrides as a new forecast version: the header, queues, back-test and intervals of the
 * version are copied in the database, the changes applied in order, and the override rows (the parent's and the
 * new ones, with their reasons) kept with the new version. All in one transaction; the version overridden is not
 * touched, so two planners overriding the same version get two sibling versions and lose nothing.
 */
@ApplicationScoped
public class ForecastOverrideService {

  /** What a default name of an overridden version ends with. */
  private static final String OVERRIDES = " (overrides)";

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  @Resource(lookup = "jdbc/wfm")
  private DataSource dataSource;

  /**
   * Creates a version with the changes applied.
   *
   * @param name the new version's name; empty for the parent's name with "(overrides)"
   * @param changes at least one
   * @return the new version's id
   * @throws IllegalArgumentException naming the change and field when a change does not fit the version
   */
  @Transactional
  public long override(long id, Optional<String> name, List<OverrideChange> changes, String user) {
    Forecast parent = em.find(Forecast.class, id);
    if (parent == null) {
      throw new NotFoundException("No forecast with id " + id + ".");
    }
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("changes: expected at least one change.");
    }
    Map<String, Long> queueIds = new HashMap<>();
    for (Queue queue : parent.getQueues()) {
      queueIds.put(queue.getCode(), queue.getId());
    }
    for (int i = 0; i < changes.size(); i++) {
      OverrideChange change = changes.get(i);
      if (!queueIds.containsKey(change.queue())) {
        throw new IllegalArgumentException("changes[" + i + "].queue: forecast " + id + " has no queue '"
            + change.queue() + "'.");
      }
      if (change.day().isBefore(parent.getFirstDay()) || change.day().isAfter(parent.getLastDay())) {
        throw new IllegalArgumentException("changes[" + i + "].day: " + change.day() + " is outside the forecast's "
            + "days " + parent.getFirstDay() + " to " + parent.getLastDay() + ".");
      }
    }
    String newName = name.map(String::strip).filter(n -> !n.isEmpty()).orElse(shorten(parent.getName().endsWith(OVERRIDES) ? parent.getName() : parent.getName() + OVERRIDES));
    if (newName.length() > 200) {
      throw new IllegalArgumentException("name: expected at most 200 characters.");
    }
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    try (Connection connection = dataSource.getConnection()) {
      long newId = copy(connection, parent, newName, changes, user, now);
      for (int i = 0; i < changes.size(); i++) {
        OverrideChange change = changes.get(i);
        long queueId = queueIds.get(change.queue());
        double factor = apply(connection, newId, queueId, change, "changes[" + i + "]");
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO forecast_override (forecast_id, queue_id, override_day, interval_start, factor, reason, "
                + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
          insert.setLong(1, newId);
          insert.setLong(2, queueId);
          insert.setDate(3, Date.valueOf(change.day()));
          insert.setTimestamp(4, change.intervalStart().map(Timestamp::valueOf).orElse(null));
          insert.setDouble(5, factor);
          insert.setString(6, change.reason());
          insert.setString(7, user);
          insert.setTimestamp(8, Timestamp.valueOf(now));
          insert.executeUpdate();
        }
      }
      return newId;
    } catch (SQLException e) {
      throw new IllegalStateException("Saving the overrides failed: " + e.getMessage(), e);
    }
  }

  private static long copy(Connection connection, Forecast parent, String name, List<OverrideChange> changes,
      String user, LocalDateTime now) throws SQLException {
    long newId;
    try (PreparedStatement header = connection.prepareStatement(
        "INSERT INTO forecast (name, parent_id, first_day, last_day, method, band_level, history_end, created_by,"
            + " created_at, note, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        Statement.RETURN_GENERATED_KEYS)) {
      header.setString(1, name);
      header.setLong(2, parent.getId());
      header.setDate(3, Date.valueOf(parent.getFirstDay()));
      header.setDate(4, Date.valueOf(parent.getLastDay()));
      header.setString(5, parent.getMethod());
      header.setDouble(6, parent.getBandLevel());
      header.setDate(7, Date.valueOf(parent.getHistoryEnd()));
      header.setString(8, user);
      header.setTimestamp(9, Timestamp.valueOf(now));
      header.setString(10, shorten("Version " + parent.getId() + " with " + changes.size() + " override(s): "
          + String.join("; ", changes.stream().map(OverrideChange::reason).toList()), 1000));
      header.executeUpdate();
      try (ResultSet keys = header.getGeneratedKeys()) {
        keys.next();
        newId = keys.getLong(1);
      }
    }
    String[] copies = {
      "INSERT INTO forecast_queue (forecast_id, queue_id) SELECT ?, queue_id FROM forecast_queue WHERE forecast_id = ?",
      "INSERT INTO forecast_backtest (forecast_id, queue_id, method, horizon_days, wape, mase, bias, coverage, chosen)"
          + " SELECT ?, queue_id, method, horizon_days, wape, mase, bias, coverage, chosen FROM forecast_backtest"
          + " WHERE forecast_id = ?",
      "INSERT INTO forecast_interval (forecast_id, queue_id, interval_start, interval_minutes, offered, offered_low,"
          + " offered_high, aht_seconds) SELECT ?, queue_id, interval_start, interval_minutes, offered, offered_low,"
          + " offered_high, aht_seconds FROM forecast_interval WHERE forecast_id = ?",
      "INSERT INTO forecast_override (forecast_id, queue_id, override_day, interval_start, factor, reason, created_by,"
          + " created_at) SELECT ?, queue_id, override_day, interval_start, factor, reason, created_by, created_at"
          + " FROM forecast_override WHERE forecast_id = ? ORDER BY id"
    };
    for (String sql : copies) {
      try (PreparedStatement copy = connection.prepareStatement(sql)) {
        copy.setLong(1, newId);
        copy.setLong(2, parent.getId());
        copy.executeUpdate();
      }
    }
    return newId;
  }

  /** Applies one change to the new version's intervals and returns the factor used. */
  private static double apply(Connection connection, long forecastId, long queueId, OverrideChange change,
      String field) throws SQLException {
    LocalDateTime from = change.intervalStart().orElse(change.day().atStartOfDay());
    LocalDateTime to = change.intervalStart().map(s -> s.plusSeconds(1)).orElse(change.day().plusDays(1).atStartOfDay());
    double current;
    long rows;
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT COUNT(*), SUM(offered) FROM forecast_interval WHERE forecast_id = ? AND queue_id = ? "
            + "AND interval_start >= ? AND interval_start < ?")) {
      bind(select, forecastId, queueId, from, to, 1);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        rows = rs.getLong(1);
        current = rs.getDouble(2);
      }
    }
    if (rows == 0) {
      throw new IllegalArgumentException(field + (change.intervalStart().isPresent()
          ? ".intervalStart: " + change.intervalStart().get() + " is not an open interval of "
          : ".day: " + change.day() + " has no open intervals in ") + change.queue() + " in this forecast.");
    }
    double factor;
    if (change.factor().isPresent()) {
      factor = change.factor().get();
    } else if (current > 0) {
      factor = change.total().get() / current;
    } else if (change.total().get() == 0) {
      factor = 1;
    } else {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s.total: the forecast of %s on %s is 0 contacts, so there is no shape to scale to %.1f; give factors "
              + "per interval instead.", field, change.queue(), change.day(), change.total().get()));
    }
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE forecast_interval SET offered = offered * ?, offered_low = offered_low * ?, "
            + "offered_high = offered_high * ? WHERE forecast_id = ? AND queue_id = ? AND interval_start >= ? "
            + "AND interval_start < ?")) {
      update.setDouble(1, factor);
      update.setDouble(2, factor);
      update.setDouble(3, factor);
      bind(update, forecastId, queueId, from, to, 4);
      update.executeUpdate();
    }
    return factor;
  }

  private static void bind(PreparedStatement statement, long forecastId, long queueId, LocalDateTime from,
      LocalDateTime to, int first) throws SQLException {
    statement.setLong(first, forecastId);
    statement.setLong(first + 1, queueId);
    statement.setTimestamp(first + 2, Timestamp.valueOf(from));
    statement.setTimestamp(first + 3, Timestamp.valueOf(to));
  }

  private static String shorten(String text) {
    return shorten(text, 200);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
