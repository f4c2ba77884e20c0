package org.openwfm.web.application.testsupport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes a schedule with shifts and breaks from a CSV ({@code agent,start_utc,end_utc[,break_start_utc,
 * break_end_utc]}, ISO date-times in UTC, one shift per line, at most one break) straight into tables schedule,
 * shift and shift_break, for tests only: the schedule service owns schedules; this exists so that simulation tests
 * get a schedule of known shifts without running the solver. All or nothing; a bad line is named.
 */
@ApplicationScoped
@Transactional
public class TestScheduleService {

  @Resource(lookup = "jdbc/wfm")
  private DataSource dataSource;

  /**
   * Stores the schedule and returns its id.
   *
   * @param requirementId the requirement the schedule is for (the schema asks for one)
   */
  public long importCsv(String name, long requirementId, LocalDate firstDay, int weeks, String csv, String user) {
    if (!TestForecastService.enabled()) {
      throw new IllegalStateException("test support is disabled");
    }
    String[] lines = csv.strip().split("\r?\n");
    try (Connection connection = dataSource.getConnection()) {
      Map<String, Long> agents = new HashMap<>();
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT id, code FROM agent")) {
        while (result.next()) {
          agents.put(result.getString(2), result.getLong(1));
        }
      }
      long id;
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO schedule (name, requirement_id, first_day, weeks, state, created_by, created_at, version)"
              + " VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, name);
        insert.setLong(2, requirementId);
        insert.setDate(3, Date.valueOf(firstDay));
        insert.setInt(4, weeks);
        insert.setString(5, user);
        insert.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)));
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      try (PreparedStatement shift = connection.prepareStatement(
              "INSERT INTO shift (schedule_id, agent_id, shift_day, start_utc, end_utc, location, version)"
                  + " VALUES (?, ?, ?, ?, ?, 'OFFICE', 0)", Statement.RETURN_GENERATED_KEYS);
          PreparedStatement pause = connection.prepareStatement(
              "INSERT INTO shift_break (shift_id, kind, start_utc, end_utc) VALUES (?, 'BREAK', ?, ?)")) {
        for (int i = 1; i < lines.length; i++) {
          String[] cells = lines[i].strip().split(",", -1);
          int line = i + 1;
          Long agent = agents.get(cells[0]);
          if (agent == null) {
            throw new IllegalArgumentException("line " + line + ": agent: no agent '" + cells[0] + "'.");
          }
          try {
            LocalDateTime start = LocalDateTime.parse(cells[1]);
            LocalDateTime end = LocalDateTime.parse(cells[2]);
            shift.setLong(1, id);
            shift.setLong(2, agent);
            shift.setDate(3, Date.valueOf(start.toLocalDate()));
            shift.setTimestamp(4, Timestamp.valueOf(start));
            shift.setTimestamp(5, Timestamp.valueOf(end));
            shift.executeUpdate();
            long shiftId;
            try (ResultSet keys = shift.getGeneratedKeys()) {
              keys.next();
              shiftId = keys.getLong(1);
            }
            if (cells.length >= 5 && !cells[3].isBlank()) {
              pause.setLong(1, shiftId);
              pause.setTimestamp(2, Timestamp.valueOf(LocalDateTime.parse(cells[3])));
              pause.setTimestamp(3, Timestamp.valueOf(LocalDateTime.parse(cells[4])));
              pause.executeUpdate();
            }
          } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("line " + line + ": " + e.getMessage());
          }
        }
      }
      return id;
    } catch (SQLException e) {
      throw new IllegalArgumentException("schedule CSV: could not be stored: " + e.getMessage(), e);
    }
  }
}
