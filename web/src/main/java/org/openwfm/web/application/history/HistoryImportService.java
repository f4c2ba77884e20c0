package org.openwfm.web.application.history;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.openwfm.web.domain.model.queue.Queue;

/**
 * Imports a History CSV file all or nothing: the whole file is validated first (line-numbered problems, see
 * {@link HistoryCsvParser}); only a clean file is written, in one transaction, replacing any earlier rows of
 * the same queue and interval. Rows are written with JDBC batches because a year of 15-minute history is
 * hundreds of thousands of rows.
 */
@ApplicationScoped
public class HistoryImportService {

  private static final int BATCH = 1000;

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  @Resource(lookup = "jdbc/wfm")
  private DataSource dataSource;

  /**
   * Validates and imports a file.
   *
   * @param fileName the name to use in problem messages
   * @throws ImportRejectedException with every problem found; nothing was written
   */
  @Transactional
  public ImportSummary importCsv(String fileName, Reader csv) {
    Map<String, Long> queueIds = new HashMap<>();
    for (Queue queue : em.createNamedQuery("Queue.findAll", Queue.class).getResultList()) {
      queueIds.put(queue.getCode(), queue.getId());
    }
    HistoryCsvParser.Result parsed;
    try {
      parsed = new HistoryCsvParser().parse(csv, queueIds.keySet());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + fileName, e);
    }
    if (!parsed.problems().isEmpty()) {
      throw new ImportRejectedException(fileName, parsed.problems());
    }
    Map<String, Integer> lengths = intervalLengths(fileName, parsed.records(), queueIds);
    return write(parsed.records(), queueIds, lengths);
  }

  /** Interval length per queue, inferred from the file, or from earlier history when the file has one line. */
  private Map<String, Integer> intervalLengths(String fileName, List<HistoryRecord> records, Map<String, Long> queueIds) {
    Map<String, List<HistoryRecord>> byQueue =
        records.stream().collect(Collectors.groupingBy(HistoryRecord::queue, TreeMap::new, Collectors.toList()));
    Map<String, Integer> lengths = new TreeMap<>();
    List<ImportProblem> problems = new ArrayList<>();
    for (Map.Entry<String, List<HistoryRecord>> entry : byQueue.entrySet()) {
      List<LocalDateTime> starts =
          entry.getValue().stream().map(HistoryRecord::intervalStart).sorted(Comparator.naturalOrder()).toList();
      Optional<Integer> length =
          IntervalLength.smallestGap(starts).or(() -> storedLength(queueIds.get(entry.getKey())));
      if (length.isEmpty()) {
        problems.add(new ImportProblem(1, "interval_start",
            "queue " + entry.getKey() + " has a single interval and no earlier history; give at least two intervals"
                + " so the interval length can be inferred"));
        continue;
      }
      int minutes = length.get();
      if (!IntervalLength.ALLOWED.contains(minutes)) {
        problems.add(new ImportProblem(1, "interval_start",
            "queue " + entry.getKey() + " has intervals " + minutes + " minutes apart; expected a grid of "
                + IntervalLength.ALLOWED + " minutes"));
        continue;
      }
      for (HistoryRecord record : entry.getValue()) {
        if (!IntervalLength.onGrid(record.intervalStart(), minutes) && problems.size() < HistoryCsvParser.MAX_PROBLEMS) {
          problems.add(new ImportProblem(record.line(), "interval_start",
              record.intervalStart() + " is not on the " + minutes + "-minute grid of queue " + entry.getKey()));
        }
      }
      lengths.put(entry.getKey(), minutes);
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(fileName, problems);
    }
    return lengths;
  }

  private Optional<Integer> storedLength(Long queueId) {
    List<?> rows = em.createNativeQuery("SELECT MAX(interval_minutes) FROM history_interval WHERE queue_id = ?1")
        .setParameter(1, queueId)
        .getResultList();
    return rows.stream().filter(r -> r != null).findFirst().map(r -> ((Number) r).intValue());
  }

  private ImportSummary write(List<HistoryRecord> records, Map<String, Long> queueIds, Map<String, Integer> lengths) {
    int replaced = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM history_interval WHERE queue_id = ? AND interval_start = ?");
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO history_interval (queue_id, interval_start, interval_minutes, offered, handled, abandoned,"
                + " aht_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (HistoryRecord record : records) {
        long queueId = queueIds.get(record.queue());
        Timestamp start = Timestamp.valueOf(record.intervalStart());
        delete.setLong(1, queueId);
        delete.setTimestamp(2, start);
        delete.addBatch();
        insert.setLong(1, queueId);
        insert.setTimestamp(2, start);
        insert.setInt(3, lengths.get(record.queue()));
        insert.setDouble(4, record.offered());
        setOptional(insert, 5, record.handled());
        setOptional(insert, 6, record.abandoned());
        setOptional(insert, 7, record.ahtSeconds());
        insert.addBatch();
        if (++pending == BATCH) {
          replaced += sum(delete.executeBatch());
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        replaced += sum(delete.executeBatch());
        insert.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Writing history failed: " + e.getMessage(), e);
    }
    return new ImportSummary(records.size(), replaced, lengths);
  }

  private static void setOptional(PreparedStatement statement, int index, double value) throws SQLException {
    if (Double.isNaN(value)) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }

  private static int sum(int[] counts) {
    int total = 0;
    for (int count : counts) {
      total += Math.max(count, 0);
    }
    return total;
  }
}
