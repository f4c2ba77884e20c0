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
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Writes a forecast version from a Forecast CSV ({@code queue,interval_start,offered[,offered_low,offered_high]
 * ,aht_seconds}, local times) straight into tables forecast and forecast_interval, for tests only. The forecast
 * service owns forecasts; this exists so that integration tests of requirements and simulations get a forecast of
 * known volumes in a second. All or nothing; a bad line is named.
 */
@ApplicationScoped
@Transactional
public class TestForecastService {

  /** The environment variable that enables test support. */
  public static final String ENABLED = "WFM_TEST_SUPPORT";

  @Resource(lookup = "jdbc/wfm")
  private DataSource dataSource;

  /** Whether this server allows test-only data paths. */
  public static boolean enabled() {
    return Boolean.parseBoolean(System.getenv(ENABLED));
  }

  private record Row(String queue, LocalDateTime start, double offered, double low, double high, double aht) {}

  /**
   * Stores the forecast and returns its id.
   *
   * @throws IllegalArgumentException naming the line and column of a bad value, or an unknown queue
   */
  public long importCsv(String name, String csv, String user) {
    if (!enabled()) {
      throw new IllegalStateException("test support is disabled");
    }
    String[] lines = csv.strip().split("\r?\n");
    if (lines.length < 2) {
      throw new IllegalArgumentException("forecast CSV: a header and at least one row are required.");
    }
    List<String> header = List.of(lines[0].strip().split(","));
    int queue = column(header, "queue");
    int start = column(header, "interval_start");
    int offered = column(header, "offered");
    int aht = column(header, "aht_seconds");
    int low = header.indexOf("offered_low");
    int high = header.indexOf("offered_high");
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].strip().split(",", -1);
      int line = i + 1;
      if (cells.length != header.size()) {
        throw new IllegalArgumentException("line " + line + ": expected " + header.size() + " fields, got "
            + cells.length + ".");
      }
      try {
        double volume = Double.parseDouble(cells[offered]);
        rows.add(new Row(cells[queue], LocalDateTime.parse(cells[start]), volume,
            low < 0 ? volume : Double.parseDouble(cells[low]), high < 0 ? volume : Double.parseDouble(cells[high]),
            Double.parseDouble(cells[aht])));
      } catch (NumberFormatException | DateTimeParseException e) {
        throw new IllegalArgumentException("line " + line + ": " + e.getMessage());
      }
    }
    Map<String, List<Row>> byQueue = new TreeMap<>();
    rows.forEach(r -> byQueue.computeIfAbsent(r.queue(), q -> new ArrayList<>()).add(r));
    Map<String, Integer> minutes = new HashMap<>();
    byQueue.forEach((code, list) -> {
      long smallest = 15;
      List<LocalDateTime> starts = list.stream().map(Row::start).sorted().toList();
      for (int i = 1; i < starts.size(); i++) {
        long gap = Duration.between(starts.get(i - 1), starts.get(i)).toMinutes();
        smallest = i == 1 ? gap : Math.min(smallest, gap);
      }
      minutes.put(code, (int) smallest);
    });
    LocalDateTime first = rows.stream().map(Row::start).min(LocalDateTime::compareTo).orElseThrow();
    LocalDateTime last = rows.stream().map(Row::start).max(LocalDateTime::compareTo).orElseThrow();
    try (Connection connection = dataSource.getConnection()) {
      Map<String, Long> queueIds = new HashMap<>();
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT id, code FROM queue")) {
        while (result.next()) {
          queueIds.put(result.getString(2), result.getLong(1));
        }
      }
      for (String code : byQueue.keySet()) {
        if (!queueIds.containsKey(code)) {
          throw new IllegalArgumentException("queue: no queue '" + code + "'.");
        }
      }
      long id;
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO forecast (name, first_day, last_day, method, band_level, history_end, created_by, created_at,"
              + " note, version) VALUES (?, ?, ?, 'test-import', 0.8, ?, ?, ?, 'test support', 0)",
          Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, name);
        insert.setDate(2, Date.valueOf(first.toLocalDate()));
        insert.setDate(3, Date.valueOf(last.toLocalDate()));
        insert.setDate(4, Date.valueOf(first.toLocalDate().minusDays(1)));
        insert.setString(5, user);
        insert.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)));
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      try (PreparedStatement queues = connection.prepareStatement(
              "INSERT INTO forecast_queue (forecast_id, queue_id) VALUES (?, ?)");
          PreparedStatement intervals = connection.prepareStatement(
              "INSERT INTO forecast_interval (forecast_id, queue_id, interval_start, interval_minutes, offered,"
                  + " offered_low, offered_high, aht_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Map.Entry<String, List<Row>> entry : byQueue.entrySet()) {
          long queueId = queueIds.get(entry.getKey());
          queues.setLong(1, id);
          queues.setLong(2, queueId);
          queues.addBatch();
          for (Row row : entry.getValue()) {
            intervals.setLong(1, id);
            intervals.setLong(2, queueId);
            intervals.setTimestamp(3, Timestamp.valueOf(row.start()));
            intervals.setInt(4, minutes.get(entry.getKey()));
            intervals.setDouble(5, row.offered());
            intervals.setDouble(6, row.low());
            intervals.setDouble(7, row.high());
            intervals.setDouble(8, row.aht());
            intervals.addBatch();
          }
        }
        queues.executeBatch();
        intervals.executeBatch();
      }
      return id;
    } catch (SQLException e) {
      throw new IllegalArgumentException("forecast CSV: could not be stored: " + e.getMessage(), e);
    }
  }

  private static int column(List<String> header, String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("forecast CSV: column " + name + " is missing from the header.");
    }
    return index;
  }
}
