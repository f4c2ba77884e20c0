package org.openwfm.web.application.requirement;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads forecast versions (tables forecast and forecast_interval, written by the forecast service) for the
 * requirement and simulation services: this area's own small read query, so it depends on the forecast tables
 * only, not on the forecast service's classes. Rows are read with plain JDBC: a month of 13 queues is 35,000.
 */
@ApplicationScoped
@Transactional
public class ForecastReader {

  /**
   * A forecast version.
   *
   * @param firstDay first forecast day (queue-local)
   * @param lastDay last forecast day, inclusive
   */
  public record ForecastInfo(long id, String name, LocalDate firstDay, LocalDate lastDay) {}

  @Resource(lookup = "jdbc/wfm")
  private DataSource dataSource;

  /** The forecast version with this id. */
  public Optional<ForecastInfo> find(long id) {
    List<ForecastInfo> found = query("SELECT id, name, first_day, last_day FROM forecast WHERE id = ?", id);
    return found.stream().findFirst();
  }

  /** All forecast versions, newest first. */
  public List<ForecastInfo> list() {
    return query("SELECT id, name, first_day, last_day FROM forecast ORDER BY id DESC", null);
  }

  /**
   * A forecast's intervals per queue code, in time order, with local interval starts in {@code [from, to)}.
   *
   * @param from first local interval start included
   * @param to local interval start excluded
   */
  public Map<String, List<ForecastPoint>> intervals(long forecastId, LocalDateTime from, LocalDateTime to) {
    Map<String, List<ForecastPoint>> byQueue = new LinkedHashMap<>();
    String sql = "SELECT q.code, f.interval_start, f.interval_minutes, f.offered, f.aht_seconds"
        + " FROM forecast_interval f JOIN queue q ON q.id = f.queue_id"
        + " WHERE f.forecast_id = ? AND f.interval_start >= ? AND f.interval_start < ?"
        + " ORDER BY q.code, f.interval_start";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, forecastId);
      statement.setTimestamp(2, Timestamp.valueOf(from));
      statement.setTimestamp(3, Timestamp.valueOf(to));
      statement.setFetchSize(5000);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          LocalDateTime start = rows.getTimestamp(2).toLocalDateTime();
          try {
            byQueue.computeIfAbsent(rows.getString(1), code -> new ArrayList<>())
                .add(new ForecastPoint(start, rows.getInt(3), rows.getDouble(4), rows.getDouble(5)));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "forecast " + forecastId + ", queue " + rows.getString(1) + ": " + e.getMessage(), e);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading forecast " + forecastId + " failed: " + e.getMessage(), e);
    }
    return byQueue;
  }

  /** A forecast's intervals per queue code, all days. */
  public Map<String, List<ForecastPoint>> intervals(long forecastId) {
    return intervals(forecastId, LocalDateTime.of(1900, 1, 1, 0, 0), LocalDateTime.of(9999, 1, 1, 0, 0));
  }

  private List<ForecastInfo> query(String sql, Long id) {
    List<ForecastInfo> result = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      if (id != null) {
        statement.setLong(1, id);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          result.add(new ForecastInfo(rows.getLong(1), rows.getString(2), rows.getDate(3).toLocalDate(),
              rows.getDate(4).toLocalDate()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading forecasts failed: " + e.getMessage(), e);
    }
    return result;
  }
}
