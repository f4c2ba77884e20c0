package org.openwfm.web.application.requirement;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.application.requirement.RequirementSummary.QueueLine;
import org.openwfm.web.application.requirement.ShrinkageEstimate.AbsenceSpan;
import org.openwfm.web.domain.model.queue.Queue;
import org.openwfm.web.domain.model.requirement.Requirement;

/**
 * Computes requirements from forecast versions and reads them back. A requirement is computed and written in one
 * transaction (all or nothing): the targets and shrinkage of every queue of the forecast, the staffing engine per
 * queue (queues in parallel), then the rows in JDBC batches.
 */
@ApplicationScoped
@Transactional
public class RequirementService {

  private static final int BATCH = 2000;

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  @Resource(lookup = "jdbc/wfm")
  private DataSource dataSource;

  @Inject private ForecastReader forecasts;

  @Inject private TargetService targets;

  /** Number of forecast intervals of a forecast version (what a computation has to staff). */
  public long forecastIntervals(long forecastId) {
    Object count = em.createNativeQuery("SELECT COUNT(*) FROM forecast_interval WHERE forecast_id = ?1")
        .setParameter(1, forecastId)
        .getSingleResult();
    return ((Number) count).longValue();
  }

  /** Checks a creation request before any work: a name and an existing forecast. */
  public ForecastReader.ForecastInfo check(String name, Long forecastId) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: required, e.g. \"December, forecast 3\".");
    }
    if (name.strip().length() > 200) {
      throw new IllegalArgumentException("name: at most 200 characters.");
    }
    if (forecastId == null) {
      throw new IllegalArgumentException("forecastId: required, the id of a forecast version.");
    }
    return forecasts.find(forecastId)
        .orElseThrow(() -> new IllegalArgumentException("forecastId: there is no forecast " + forecastId + "."));
  }

  /**
   * Computes and stores the requirement of every queue and interval of a forecast version.
   *
   * @throws IllegalArgumentException naming the field or queue when the request or a queue's targets cannot be
   *     staffed; nothing was written
   */
  public RequirementSummary create(String name, Long forecastId, String user) {
    return create(name, forecastId, user, (fraction, message) -> { });
  }

  /**
   * As {@link #create(String, Long, String)}, telling {@code progress} (from any thread) as queues are staffed.
   */
  public RequirementSummary create(String name, Long forecastId, String user, BiConsumer<Double, String> progress) {
    check(name, forecastId);
    Map<String, List<ForecastPoint>> forecast = forecasts.intervals(forecastId);
    if (forecast.isEmpty()) {
      throw new IllegalArgumentException("forecastId: forecast " + forecastId + " has no intervals.");
    }
    Map<String, QueueTargets> byQueue = new HashMap<>();
    for (QueueTargets target : targets.list()) {
      byQueue.put(target.queue(), target);
    }
    Map<String, ShrinkageEstimate> shrinkage = shrinkage(forecast.keySet(), byQueue, today());
    List<String> queues = new ArrayList<>(forecast.keySet());
    // Queues are independent: staff them in parallel (the engine is plain Java without shared state).
    AtomicInteger done = new AtomicInteger();
    List<List<RequirementPoint>> results = queues.parallelStream()
        .map(queue -> {
          List<RequirementPoint> rows = StaffingAdapter.requirement(
              byQueue.get(queue), forecast.get(queue), shrinkage.get(queue).shrinkage());
          // Staffing is about half the work, writing the rows the other half.
          progress.accept(0.5 * done.incrementAndGet() / queues.size(), "Staffed " + queue);
          return rows;
        })
        .toList();
    progress.accept(0.5, "Writing " + results.stream().mapToInt(List::size).sum() + " intervals");
    Map<String, List<RequirementPoint>> points = new LinkedHashMap<>();
    for (int i = 0; i < queues.size(); i++) {
      points.put(queues.get(i), results.get(i));
    }
    return write(name.strip(), forecastId, user, byQueue, shrinkage, points);
  }

  /** All requirements, newest first. */
  public List<RequirementSummary> list() {
    return em.createNamedQuery("Requirement.findAll", Requirement.class).getResultList().stream()
        .map(this::summary)
        .toList();
  }

  /** One requirement. */
  public Optional<RequirementSummary> find(long id) {
    return Optional.ofNullable(em.find(Requirement.class, id)).map(this::summary);
  }

  /**
   * A requirement's rows in queue and time order, optionally of one queue and one (queue-local) day.
   *
   * @throws NotFoundException when there is no such requirement
   */
  public List<RequirementRow> intervals(long id, Optional<String> queue, Optional<LocalDate> day) {
    if (em.find(Requirement.class, id) == null) {
      throw new NotFoundException("No requirement " + id + ".");
    }
    StringBuilder sql = new StringBuilder(
        "SELECT q.code, r.interval_start, r.interval_minutes, r.offered, r.aht_seconds, r.agents, r.agents_gross,"
            + " r.service_level, r.asa_seconds, r.abandon_rate, r.occupancy"
            + " FROM requirement_interval r JOIN queue q ON q.id = r.queue_id WHERE r.requirement_id = ?");
    queue.ifPresent(code -> sql.append(" AND q.code = ?"));
    day.ifPresent(d -> sql.append(" AND r.interval_start >= ? AND r.interval_start < ?"));
    sql.append(" ORDER BY q.code, r.interval_start");
    List<RequirementRow> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      int index = 1;
      statement.setLong(index++, id);
      if (queue.isPresent()) {
        statement.setString(index++, queue.get());
      }
      if (day.isPresent()) {
        statement.setTimestamp(index++, Timestamp.valueOf(day.get().atStartOfDay()));
        statement.setTimestamp(index, Timestamp.valueOf(day.get().plusDays(1).atStartOfDay()));
      }
      statement.setFetchSize(5000);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(new RequirementRow(result.getString(1), result.getTimestamp(2).toLocalDateTime(),
              result.getInt(3), result.getDouble(4), result.getDouble(5), result.getInt(6), result.getDouble(7),
              optional(result, 8), optional(result, 9), optional(result, 10), optional(result, 11)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading requirement " + id + " failed: " + e.getMessage(), e);
    }
    return rows;
  }

  /** The days (queue-local) a requirement covers, for choosing one on the page. */
  public List<LocalDate> days(long id) {
    List<?> bounds = em.createNativeQuery(
            "SELECT MIN(interval_start), MAX(interval_start) FROM requirement_interval WHERE requirement_id = ?1")
        .setParameter(1, id)
        .getResultList();
    List<LocalDate> days = new ArrayList<>();
    if (bounds.isEmpty() || ((Object[]) bounds.get(0))[0] == null) {
      return days;
    }
    Object[] row = (Object[]) bounds.get(0);
    LocalDate first = dateOf(row[0]);
    LocalDate last = dateOf(row[1]);
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      days.add(day);
    }
    return days;
  }

  private static LocalDate dateOf(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toLocalDate();
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate();
    }
    return LocalDateTime.parse(value.toString().replace(' ', 'T')).toLocalDate();
  }

  /** The shrinkage of each queue, with its source (see {@link ShrinkageEstimate}). */
  Map<String, ShrinkageEstimate> shrinkage(Set<String> queues, Map<String, QueueTargets> targetsByQueue,
      LocalDate today) {
    LocalDate from = today.minusDays(ShrinkageEstimate.LOOKBACK_DAYS);
    LocalDate to = today.minusDays(1);
    Map<String, Set<Long>> skilled = new HashMap<>();
    for (Object row : em.createNativeQuery(
        "SELECT s.agent_id, q.code FROM agent_skill s JOIN queue q ON q.id = s.queue_id").getResultList()) {
      Object[] values = (Object[]) row;
      skilled.computeIfAbsent((String) values[1], code -> new HashSet<>()).add(((Number) values[0]).longValue());
    }
    List<AbsenceSpan> absences = em.createQuery(
            "SELECT b.agent.id, b.code, b.dateFrom, b.dateTo FROM Absence b"
                + " WHERE b.dateTo >= :from AND b.dateFrom <= :to", Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList().stream()
        .map(r -> new AbsenceSpan(((Number) r[0]).longValue(), (String) r[1], (LocalDate) r[2], (LocalDate) r[3]))
        .toList();
    Map<String, ShrinkageEstimate> result = new TreeMap<>();
    for (String queue : queues) {
      QueueTargets target = targetsByQueue.get(queue);
      result.put(queue, ShrinkageEstimate.of(target == null ? null : target.shrinkage(),
          skilled.getOrDefault(queue, Set.of()), absences, from, to));
    }
    return result;
  }

  private RequirementSummary write(String name, long forecastId, String user, Map<String, QueueTargets> targets,
      Map<String, ShrinkageEstimate> shrinkage, Map<String, List<RequirementPoint>> points) {
    Map<String, Long> queueIds = new HashMap<>();
    for (Queue queue : em.createNamedQuery("Queue.findAll", Queue.class).getResultList()) {
      queueIds.put(queue.getCode(), queue.getId());
    }
    double net = 0;
    double gross = 0;
    Map<String, Integer> sources = new TreeMap<>();
    for (Map.Entry<String, List<RequirementPoint>> entry : points.entrySet()) {
      for (RequirementPoint point : entry.getValue()) {
        net += point.agents() * point.minutes();
        gross += point.agentsGross() * point.minutes();
      }
      String source = shrinkage.get(entry.getKey()).source();
      sources.merge(source.startsWith("HR") ? "HR absenteeism" : source.startsWith("planner") ? "planner's override"
          : "default 10%", 1, Integer::sum);
    }
    double overall = gross == 0 ? 0 : 1 - net / gross;
    StringBuilder source = new StringBuilder();
    sources.forEach((kind, count) -> source.append(source.length() == 0 ? "" : "; ").append(kind).append(" for ")
        .append(count).append(count == 1 ? " queue" : " queues"));
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    long id;
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO requirement (name, forecast_id, shrinkage, shrinkage_source, created_by, created_at, version)"
              + " VALUES (?, ?, ?, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, name);
        insert.setLong(2, forecastId);
        insert.setDouble(3, overall);
        insert.setString(4, truncate(source.toString(), 200));
        insert.setString(5, user);
        insert.setTimestamp(6, Timestamp.valueOf(now));
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      try (PreparedStatement queue = connection.prepareStatement(
              "INSERT INTO requirement_queue (requirement_id, queue_id, model, shrinkage, shrinkage_source, intervals,"
                  + " agent_hours) VALUES (?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement interval = connection.prepareStatement(
              "INSERT INTO requirement_interval (requirement_id, queue_id, interval_start, interval_minutes, offered,"
                  + " aht_seconds, agents, agents_gross, service_level, asa_seconds, abandon_rate, occupancy)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int pending = 0;
        for (Map.Entry<String, List<RequirementPoint>> entry : points.entrySet()) {
          long queueId = queueIds.get(entry.getKey());
          double hours = 0;
          for (RequirementPoint point : entry.getValue()) {
            hours += point.agents() * point.minutes() / 60.0;
            interval.setLong(1, id);
            interval.setLong(2, queueId);
            interval.setTimestamp(3, Timestamp.valueOf(point.start()));
            interval.setInt(4, point.minutes());
            interval.setDouble(5, point.offered());
            interval.setDouble(6, point.ahtSeconds());
            interval.setInt(7, point.agents());
            interval.setDouble(8, point.agentsGross());
            setOptional(interval, 9, point.serviceLevel());
            setOptional(interval, 10, point.asaSeconds());
            setOptional(interval, 11, point.abandonRate());
            setOptional(interval, 12, point.occupancy());
            interval.addBatch();
            if (++pending == BATCH) {
              interval.executeBatch();
              pending = 0;
            }
          }
          if (pending > 0) {
            interval.executeBatch();
            pending = 0;
          }
          ShrinkageEstimate estimate = shrinkage.get(entry.getKey());
          queue.setLong(1, id);
          queue.setLong(2, queueId);
          queue.setString(3, StaffingAdapter.model(targets.get(entry.getKey())).name());
          queue.setDouble(4, estimate.shrinkage());
          queue.setString(5, truncate(estimate.source(), 200));
          queue.setInt(6, entry.getValue().size());
          queue.setDouble(7, hours);
          queue.addBatch();
        }
        queue.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Writing the requirement failed: " + e.getMessage(), e);
    }
    return new RequirementSummary(id, name, forecastId, overall, source.toString(), user, now, queueLines(id));
  }

  private RequirementSummary summary(Requirement requirement) {
    return new RequirementSummary(requirement.getId(), requirement.getName(), requirement.getForecastId(),
        requirement.getShrinkage(), requirement.getShrinkageSource(), requirement.getCreatedBy(),
        requirement.getCreatedAt(), queueLines(requirement.getId()));
  }

  private List<QueueLine> queueLines(long id) {
    List<QueueLine> lines = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "SELECT q.code, r.model, r.shrinkage, r.shrinkage_source, r.intervals, r.agent_hours"
                + " FROM requirement_queue r JOIN queue q ON q.id = r.queue_id WHERE r.requirement_id = ?"
                + " ORDER BY q.code")) {
      statement.setLong(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          lines.add(new QueueLine(rows.getString(1), rows.getString(2), rows.getDouble(3), rows.getString(4),
              rows.getInt(5), rows.getDouble(6)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading requirement " + id + " failed: " + e.getMessage(), e);
    }
    return lines;
  }

  static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private static String truncate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  private static Double optional(ResultSet rows, int column) throws SQLException {
    double value = rows.getDouble(column);
    return rows.wasNull() ? null : value;
  }

  private static void setOptional(PreparedStatement statement, int index, Double value) throws SQLException {
    if (value == null || !Double.isFinite(value)) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }
}
