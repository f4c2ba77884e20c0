package org.openwfm.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A small requirement written straight into the MariaDB/MySQL test database, for tests of what comes after
 * the requirement (schedules). There is no REST call yet that computes a requirement; once there is, tests
 * should create theirs through it. Only possible on MariaDB/MySQL: the embedded H2 file belongs to the server.
 *
 * <p>Shape: on the given queues, 08:00–20:00 local time in 15-minute intervals, {@code weekdayAgents} agents
 * on weekdays (one more from 10:00 to 12:00) and {@code weekendAgents} on weekends.
 */
public final class TestRequirement {

  private TestRequirement() {}

  /** Whether this run's database can take a requirement from a test. */
  public static boolean possible() {
    return WfmDeployment.database().equals("mysql");
  }

  /** Creates the requirement and returns its id. */
  public static long create(String name, LocalDate firstDay, int days, List<String> queues, int weekdayAgents,
      int weekendAgents) {
    String url = System.getProperty("wfm.it.mysql.url",
        "jdbc:mysql://127.0.0.1:3306/" + System.getProperty("wfm.it.db", "wfm_it")
            + "?useSSL=false&allowPublicKeyRetrieval=true");
    try (Connection db = DriverManager.getConnection(url, System.getProperty("wfm.it.mysql.user", "root"),
        System.getProperty("wfm.it.mysql.password", ""))) {
      db.setAutoCommit(false);
      LocalDateTime now = LocalDateTime.now();
      long forecastId;
      try (PreparedStatement forecast = db.prepareStatement(
          "INSERT INTO forecast (name, first_day, last_day, method, band_level, history_end, created_by, created_at)"
              + " VALUES (?, ?, ?, 'test', 0.8, ?, 'it', ?)", Statement.RETURN_GENERATED_KEYS)) {
        forecast.setString(1, name);
        forecast.setObject(2, firstDay);
        forecast.setObject(3, firstDay.plusDays(days - 1L));
        forecast.setObject(4, firstDay.minusDays(1));
        forecast.setTimestamp(5, Timestamp.valueOf(now));
        forecast.executeUpdate();
        forecastId = key(forecast);
      }
      long requirementId;
      try (PreparedStatement requirement = db.prepareStatement(
          "INSERT INTO requirement (name, forecast_id, shrinkage, shrinkage_source, created_by, created_at)"
              + " VALUES (?, ?, 0.1, 'test', 'it', ?)", Statement.RETURN_GENERATED_KEYS)) {
        requirement.setString(1, name);
        requirement.setLong(2, forecastId);
        requirement.setTimestamp(3, Timestamp.valueOf(now));
        requirement.executeUpdate();
        requirementId = key(requirement);
      }
      try (PreparedStatement interval = db.prepareStatement(
          "INSERT INTO requirement_interval (requirement_id, queue_id, interval_start, interval_minutes, offered,"
              + " aht_seconds, agents, agents_gross) SELECT ?, q.id, ?, 15, ?, 300, ?, ? FROM queue q WHERE q.code = ?")) {
        for (String queue : queues) {
          for (int d = 0; d < days; d++) {
            LocalDate day = firstDay.plusDays(d);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            for (int minute = 8 * 60; minute < 20 * 60; minute += 15) {
              int agents = weekend ? weekendAgents : weekdayAgents + (minute >= 600 && minute < 720 ? 1 : 0);
              interval.setLong(1, requirementId);
              interval.setTimestamp(2, Timestamp.valueOf(day.atStartOfDay().plusMinutes(minute)));
              interval.setDouble(3, agents * 4.0);
              interval.setInt(4, agents);
              interval.setDouble(5, agents / 0.9);
              interval.setString(6, queue);
              interval.addBatch();
            }
          }
        }
        interval.executeBatch();
      }
      db.commit();
      return requirementId;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write the test requirement: " + e.getMessage(), e);
    }
  }

  private static long key(Statement statement) throws SQLException {
    try (ResultSet keys = statement.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
