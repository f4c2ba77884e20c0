package org.openwfm.web.application.forecast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openwfm.forecasting.backtest.BacktestReport;
import org.openwfm.simulator.queueing.io.ForecastCsv;
import org.openwfm.simulator.queueing.io.ForecastRow;
import org.openwfm.web.domain.model.queue.Queue;

/**
 * Imports a forecast made elsewhere (a spreadsheet, another WFM tool) in the Forecast CSV layout as a new
 * forecast version, so that requirements, schedules and simulations can use it like one of ours. The band columns
 * are optional and not read: an imported version has no prediction band (low and high equal the forecast) and
 * no back-test. All or nothing: a file with any problem is rejected naming the line and column.
 */
@ApplicationScoped
public class ForecastImportService {

  /** The method name imported versions carry. */
  public static final String METHOD = "imported";

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  @Inject private ForecastStore store;

  /**
   * Validates and stores the file as a new version.
   *
   * @param fileName used in messages
   * @param name the version's name; the file name when blank
   * @return the new version's id
   * @throws IllegalArgumentException naming the file, line and column of the first problem; nothing was written
   */
  @Transactional
  public long importCsv(String fileName, String name, Reader csv, String user) {
    List<ForecastRow> rows;
    try {
      rows = ForecastCsv.read(csv, fileName);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + fileName, e);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(fileName + ": no forecast rows after the header.");
    }
    Map<String, Queue> queues = new HashMap<>();
    for (Queue queue : em.createNamedQuery("Queue.findAll", Queue.class).getResultList()) {
      queues.put(queue.getCode(), queue);
    }
    Map<String, List<ForecastRow>> byQueue = new TreeMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (ForecastRow row : rows) {
      if (!queues.containsKey(row.queue())) {
        throw new IllegalArgumentException(fileName + " line " + row.line() + ", column queue: no queue '"
            + row.queue() + "' (known: " + String.join(", ", new TreeMap<>(queues).keySet()) + ").");
      }
      String key = row.queue() + " " + row.intervalStart();
      Integer earlier = firstLine.putIfAbsent(key, row.line());
      if (earlier != null) {
        throw new IllegalArgumentException(fileName + " line " + row.line() + ", column interval_start: "
            + row.queue() + " " + row.intervalStart() + " is already on line " + earlier + ".");
      }
      byQueue.computeIfAbsent(row.queue(), q -> new ArrayList<>()).add(row);
    }
    LocalDate firstDay = rows.stream().map(r -> r.intervalStart().toLocalDate()).min(LocalDate::compareTo).get();
    LocalDate lastDay = rows.stream().map(r -> r.intervalStart().toLocalDate()).max(LocalDate::compareTo).get();
    List<ForecastPlan.PlannedQueue> planned = new ArrayList<>();
    List<ForecastedQueue> results = new ArrayList<>();
    for (Map.Entry<String, List<ForecastRow>> entry : byQueue.entrySet()) {
      Queue queue = queues.get(entry.getKey());
      List<ForecastRow> queueRows = new ArrayList<>(entry.getValue());
      queueRows.sort((a, b) -> a.intervalStart().compareTo(b.intervalStart()));
      int minutes = intervalMinutes(fileName, queue, queueRows);
      List<StoredInterval> intervals = new ArrayList<>(queueRows.size());
      for (ForecastRow row : queueRows) {
        intervals.add(new StoredInterval(row.intervalStart(), minutes, row.offered(), row.offered(), row.offered(),
            row.ahtSeconds()));
      }
      planned.add(new ForecastPlan.PlannedQueue(queue.getId(), queue.getCode(), queue.getTimeZone(),
          firstDay.minusDays(1)));
      results.add(new ForecastedQueue(queue.getId(), queue.getCode(), METHOD, intervals,
          new BacktestReport(METHOD, 0, 0, List.of(), 0, Double.NaN)));
    }
    String label = name == null || name.isBlank() ? fileName : name.strip();
    ForecastPlan plan = new ForecastPlan(label, planned, firstDay, lastDay, METHOD, 0);
    return store.save(plan, user, results);
  }

  /** The queue's grid: the smallest step between its rows, or its history's when the file has one row of it. */
  private int intervalMinutes(String fileName, Queue queue, List<ForecastRow> rows) {
    long smallest = Long.MAX_VALUE;
    for (int i = 1; i < rows.size(); i++) {
      LocalDateTime previous = rows.get(i - 1).intervalStart();
      smallest = Math.min(smallest, Duration.between(previous, rows.get(i).intervalStart()).toMinutes());
    }
    if (smallest == Long.MAX_VALUE) {
      Integer history = em.createQuery(
              "SELECT MAX(h.intervalMinutes) FROM HistoryInterval h WHERE h.queue = :queue", Integer.class)
          .setParameter("queue", queue)
          .getSingleResult();
      if (history == null) {
        throw new IllegalArgumentException(fileName + " line " + rows.get(0).line() + ": " + queue.getCode()
            + " has one interval and no history to tell its interval length; give at least two intervals.");
      }
      return history;
    }
    if (!List.of(5, 6, 10, 15, 30, 60).contains((int) smallest)) {
      throw new IllegalArgumentException(fileName + " line " + rows.get(1).line() + ", column interval_start: "
          + queue.getCode() + " intervals are " + smallest + " minutes apart; expected a grid of 5, 6, 10, 15, 30 or"
          + " 60 minutes.");
    }
    return (int) smallest;
  }
}
