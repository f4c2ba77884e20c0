package org.openwfm.web.application.simulation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.application.requirement.ForecastPoint;
import org.openwfm.web.application.requirement.ForecastReader;
import org.openwfm.web.application.requirement.ForecastReader.ForecastInfo;
import org.openwfm.web.application.requirement.QueueTargets;
import org.openwfm.web.application.requirement.TargetService;
import org.openwfm.web.application.simulation.ScheduledShift.AgentSkill;
import org.openwfm.web.application.simulation.ScheduledShift.Break;
import org.openwfm.web.application.simulation.SimulationOutcome.Measures;
import org.openwfm.web.application.simulation.SimulationSummary.QueueResult;
import org.openwfm.web.domain.model.simulation.Simulation;

/**
 * Simulations of schedules against forecast versions. A run has three steps so that the long middle one needs no
 * transaction and can report progress: {@link #prepare} checks the request and builds the scenario from the
 * schedule's shifts and breaks (read with this area's own query on tables shift and shift_break), the agents'
 * skills, the queues' targets and the forecast; {@link SimulationRunner} runs the replications; {@link #store}
 * writes the results in one transaction.
 */
@ApplicationScoped
@Transactional
public class SimulationService {

  /** Most days one run simulates. */
  public static final int MAX_DAYS = 7;

  /** Default number of replications. */
  public static final int DEFAULT_REPLICATIONS = 10;

  /** Most replications one run accepts. */
  public static final int MAX_REPLICATIONS = 1000;

  private static final int BATCH = 2000;

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  @Resource(lookup = "jdbc/wfm")
  private DataSource dataSource;

  @Inject private ForecastReader forecasts;

  @Inject private TargetService targets;

  /**
   * A schedule as the simulation needs to know it.
   *
   * @param firstDay first day of the planning period
   * @param weeks length of the period in weeks
   */
  public record ScheduleInfo(long id, String name, LocalDate firstDay, int weeks, String state) {

    /** Last day of the period, inclusive. */
    public LocalDate lastDay() {
      return firstDay.plusWeeks(weeks).minusDays(1);
    }
  }

  /**
   * A checked request with its scenario, ready to run.
   *
   * @param name the simulation's name
   */
  public record Prepared(
      String name, long scheduleId, long forecastId, int replications, long seed, SimulationModel model) {}

  /** All schedules, newest first. */
  public List<ScheduleInfo> schedules() {
    return schedules("SELECT id, name, first_day, weeks, state FROM schedule ORDER BY id DESC", null);
  }

  /** The schedule with this id. */
  public Optional<ScheduleInfo> schedule(long id) {
    return schedules("SELECT id, name, first_day, weeks, state FROM schedule WHERE id = ?", id).stream().findFirst();
  }

  /**
   * Checks a request, fills in its defaults and builds the scenario.
   *
   * @throws IllegalArgumentException naming the field when the request is invalid or the data do not fit
   */
  public Prepared prepare(SimulationRequest request) {
    if (request == null) {
      throw new IllegalArgumentException("A JSON body with scheduleId and forecastId is required.");
    }
    if (request.scheduleId() == null) {
      throw new IllegalArgumentException("scheduleId: required, the id of a schedule.");
    }
    if (request.forecastId() == null) {
      throw new IllegalArgumentException("forecastId: required, the id of a forecast version.");
    }
    ScheduleInfo schedule = schedule(request.scheduleId()).orElseThrow(
        () -> new IllegalArgumentException("scheduleId: there is no schedule " + request.scheduleId() + "."));
    ForecastInfo forecast = forecasts.find(request.forecastId()).orElseThrow(
        () -> new IllegalArgumentException("forecastId: there is no forecast " + request.forecastId() + "."));
    int replications = request.replications() == null ? DEFAULT_REPLICATIONS : request.replications();
    if (replications < 2 || replications > MAX_REPLICATIONS) {
      throw new IllegalArgumentException("replications: 2 to " + MAX_REPLICATIONS + ", got " + replications + ".");
    }
    LocalDate coverFrom = max(schedule.firstDay(), forecast.firstDay());
    LocalDate coverTo = min(schedule.lastDay(), forecast.lastDay());
    if (coverTo.isBefore(coverFrom)) {
      throw new IllegalArgumentException("forecastId: forecast " + forecast.id() + " (" + forecast.firstDay() + " to "
          + forecast.lastDay() + ") has no day in schedule " + schedule.id() + " (" + schedule.firstDay() + " to "
          + schedule.lastDay() + ").");
    }
    LocalDate firstDay = request.firstDay() == null ? coverFrom : request.firstDay();
    if (firstDay.isBefore(coverFrom) || firstDay.isAfter(coverTo)) {
      throw new IllegalArgumentException("firstDay: must be a day both the schedule and the forecast cover, "
          + coverFrom + " to " + coverTo + ", got " + firstDay + ".");
    }
    long covered = ChronoUnit.DAYS.between(firstDay, coverTo) + 1;
    int days = request.days() == null ? (int) Math.min(MAX_DAYS, covered) : request.days();
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("days: 1 to " + MAX_DAYS + ", got " + days + ".");
    }
    if (days > covered) {
      throw new IllegalArgumentException("days: the schedule and the forecast cover " + covered + " days from "
          + firstDay + ", got " + days + ".");
    }
    long seed = request.seed() == null ? 1 : request.seed();
    LocalDate end = firstDay.plusDays(days);
    Map<String, List<ForecastPoint>> points =
        forecasts.intervals(forecast.id(), firstDay.atStartOfDay(), end.atStartOfDay());
    // Shifts a day either side: queue-local days reach into the neighbouring UTC days.
    Instant from = firstDay.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant to = end.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    List<ScheduledShift> shifts = shifts(schedule.id(), from, to);
    String name = "Schedule " + schedule.name() + " × forecast " + forecast.name() + ", " + firstDay
        + (days > 1 ? " to " + end.minusDays(1) : "");
    SimulationModel model = ScenarioAdapter.build(truncate(name, 200), targets.list(), points, shifts, skills(),
        firstDay, days);
    return new Prepared(truncate(name, 200), schedule.id(), forecast.id(), replications, seed, model);
  }

  /** Writes a finished simulation and returns its id. */
  public long store(Prepared prepared, SimulationOutcome outcome, String user) {
    Map<String, Long> queueIds = new HashMap<>();
    Map<String, QueueTargets> byQueue = new HashMap<>();
    for (Object row : em.createNativeQuery("SELECT id, code FROM queue").getResultList()) {
      Object[] values = (Object[]) row;
      queueIds.put((String) values[1], ((Number) values[0]).longValue());
    }
    for (QueueTargets target : targets.list()) {
      byQueue.put(target.queue(), target);
    }
    Map<String, Integer> weak = new HashMap<>();
    for (Measures interval : outcome.intervals()) {
      QueueTargets target = byQueue.get(interval.queue());
      if (SimulationRow.weak(interval.serviceLevel(), interval.abandonRate(), target.serviceLevelTarget(),
          target.maxAbandonRate())) {
        weak.merge(interval.queue(), 1, Integer::sum);
      }
    }
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    SimulationModel model = prepared.model();
    Measures total = outcome.total();
    long id;
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO simulation (name, schedule_id, forecast_id, first_day, last_day, replications, seed,"
              + " service_level, asa_seconds, abandon_rate, occupancy, created_by, created_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, prepared.name());
        insert.setLong(2, prepared.scheduleId());
        insert.setLong(3, prepared.forecastId());
        insert.setDate(4, Date.valueOf(model.firstDay()));
        insert.setDate(5, Date.valueOf(model.lastDay()));
        insert.setInt(6, prepared.replications());
        insert.setLong(7, prepared.seed());
        setOptional(insert, 8, total.serviceLevel());
        setOptional(insert, 9, total.asaSeconds());
        setOptional(insert, 10, total.abandonRate());
        setOptional(insert, 11, total.occupancy());
        insert.setString(12, user);
        insert.setTimestamp(13, Timestamp.valueOf(now));
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      try (PreparedStatement queue = connection.prepareStatement(
          "INSERT INTO simulation_queue (simulation_id, queue_id, offered, service_level, service_level_ci,"
              + " asa_seconds, asa_ci, abandon_rate, abandon_ci, occupancy, occupancy_ci, weak_intervals)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Measures measures : outcome.queues()) {
          queue.setLong(1, id);
          queue.setLong(2, queueIds.get(measures.queue()));
          setMeasures(queue, 3, measures);
          queue.setInt(12, weak.getOrDefault(measures.queue(), 0));
          queue.addBatch();
        }
        queue.executeBatch();
      }
      try (PreparedStatement interval = connection.prepareStatement(
          "INSERT INTO simulation_interval (simulation_id, queue_id, interval_start, offered, service_level,"
              + " service_level_ci, asa_seconds, asa_ci, abandon_rate, abandon_ci, occupancy, occupancy_ci)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int pending = 0;
        for (Measures measures : outcome.intervals()) {
          interval.setLong(1, id);
          interval.setLong(2, queueIds.get(measures.queue()));
          interval.setTimestamp(3, Timestamp.valueOf(measures.intervalStart()));
          setMeasures(interval, 4, measures);
          interval.addBatch();
          if (++pending == BATCH) {
            interval.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          interval.executeBatch();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Writing the simulation failed: " + e.getMessage(), e);
    }
    return id;
  }

  /** All simulations, newest first. */
  public List<SimulationSummary> list() {
    return em.createNamedQuery("Simulation.findAll", Simulation.class).getResultList().stream()
        .map(this::summary)
        .toList();
  }

  /** One simulation. */
  public Optional<SimulationSummary> find(long id) {
    return Optional.ofNullable(em.find(Simulation.class, id)).map(this::summary);
  }

  /**
   * A simulation's rows in queue and time order, optionally of one queue and one (queue-local) day, each flagged
   * weak against the queue's current targets.
   *
   * @throws NotFoundException when there is no such simulation
   */
  public List<SimulationRow> intervals(long id, Optional<String> queue, Optional<LocalDate> day) {
    if (em.find(Simulation.class, id) == null) {
      throw new NotFoundException("No simulation " + id + ".");
    }
    Map<String, QueueTargets> byQueue = new HashMap<>();
    for (QueueTargets target : targets.list()) {
      byQueue.put(target.queue(), target);
    }
    StringBuilder sql = new StringBuilder(
        "SELECT q.code, s.interval_start, s.offered, s.service_level, s.service_level_ci, s.asa_seconds, s.asa_ci,"
            + " s.abandon_rate, s.abandon_ci, s.occupancy, s.occupancy_ci"
            + " FROM simulation_interval s JOIN queue q ON q.id = s.queue_id WHERE s.simulation_id = ?");
    queue.ifPresent(code -> sql.append(" AND q.code = ?"));
    day.ifPresent(d -> sql.append(" AND s.interval_start >= ? AND s.interval_start < ?"));
    sql.append(" ORDER BY q.code, s.interval_start");
    List<SimulationRow> rows = new ArrayList<>();
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
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          String code = result.getString(1);
          QueueTargets target = byQueue.get(code);
          Double sl = optional(result, 4);
          Double abandon = optional(result, 8);
          rows.add(new SimulationRow(code, result.getTimestamp(2).toLocalDateTime(), result.getDouble(3), sl,
              optional(result, 5), optional(result, 6), optional(result, 7), abandon, optional(result, 9),
              optional(result, 10), optional(result, 11),
              SimulationRow.weak(sl, abandon, target.serviceLevelTarget(), target.maxAbandonRate())));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading simulation " + id + " failed: " + e.getMessage(), e);
    }
    return rows;
  }

  private SimulationSummary summary(Simulation simulation) {
    List<QueueResult> queues = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "SELECT q.code, s.offered, s.service_level, s.service_level_ci, s.asa_seconds, s.asa_ci, s.abandon_rate,"
                + " s.abandon_ci, s.occupancy, s.occupancy_ci, s.weak_intervals FROM simulation_queue s"
                + " JOIN queue q ON q.id = s.queue_id WHERE s.simulation_id = ? ORDER BY q.code")) {
      statement.setLong(1, simulation.getId());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          queues.add(new QueueResult(rows.getString(1), rows.getDouble(2), optional(rows, 3), optional(rows, 4),
              optional(rows, 5), optional(rows, 6), optional(rows, 7), optional(rows, 8), optional(rows, 9),
              optional(rows, 10), rows.getInt(11)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading simulation " + simulation.getId() + " failed: " + e.getMessage(), e);
    }
    return new SimulationSummary(simulation.getId(), simulation.getName(), simulation.getScheduleId(),
        simulation.getForecastId(), simulation.getFirstDay(), simulation.getLastDay(), simulation.getReplications(),
        simulation.getSeed(), simulation.getServiceLevel(), simulation.getAsaSeconds(), simulation.getAbandonRate(),
        simulation.getOccupancy(), simulation.getCreatedBy(), simulation.getCreatedAt(), queues);
  }

  /** The schedule's shifts overlapping {@code [from, to)}, with their breaks. */
  List<ScheduledShift> shifts(long scheduleId, Instant from, Instant to) {
    Map<Long, List<Break>> breaks = new HashMap<>();
    List<Object[]> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT b.shift_id, b.start_utc, b.end_utc FROM shift_break b JOIN shift s ON s.id = b.shift_id"
              + " WHERE s.schedule_id = ? AND s.end_utc > ? AND s.start_utc < ? ORDER BY b.shift_id, b.start_utc")) {
        bind(statement, scheduleId, from, to);
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            breaks.computeIfAbsent(result.getLong(1), k -> new ArrayList<>())
                .add(new Break(utc(result.getTimestamp(2)), utc(result.getTimestamp(3))));
          }
        }
      }
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT s.id, a.code, s.start_utc, s.end_utc FROM shift s JOIN agent a ON a.id = s.agent_id"
              + " WHERE s.schedule_id = ? AND s.end_utc > ? AND s.start_utc < ? ORDER BY s.id")) {
        bind(statement, scheduleId, from, to);
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            rows.add(new Object[] {result.getLong(1), result.getString(2), utc(result.getTimestamp(3)),
                utc(result.getTimestamp(4))});
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading schedule " + scheduleId + " failed: " + e.getMessage(), e);
    }
    List<ScheduledShift> shifts = new ArrayList<>();
    for (Object[] row : rows) {
      long id = (Long) row[0];
      shifts.add(new ScheduledShift(id, (String) row[1], (Instant) row[2], (Instant) row[3],
          breaks.getOrDefault(id, List.of())));
    }
    return shifts;
  }

  /** Every agent's skills, by agent code. */
  Map<String, List<AgentSkill>> skills() {
    Map<String, List<AgentSkill>> skills = new HashMap<>();
    for (Object row : em.createNativeQuery("SELECT a.code, q.code, s.skill_level FROM agent_skill s"
        + " JOIN agent a ON a.id = s.agent_id JOIN queue q ON q.id = s.queue_id").getResultList()) {
      Object[] values = (Object[]) row;
      skills.computeIfAbsent((String) values[0], k -> new ArrayList<>())
          .add(new AgentSkill((String) values[1], ((Number) values[2]).intValue()));
    }
    return skills;
  }

  private List<ScheduleInfo> schedules(String sql, Long id) {
    List<ScheduleInfo> result = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      if (id != null) {
        statement.setLong(1, id);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          result.add(new ScheduleInfo(rows.getLong(1), rows.getString(2), rows.getDate(3).toLocalDate(),
              rows.getInt(4), rows.getString(5)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading schedules failed: " + e.getMessage(), e);
    }
    return result;
  }

  private static void bind(PreparedStatement statement, long scheduleId, Instant from, Instant to)
      throws SQLException {
    statement.setLong(1, scheduleId);
    statement.setTimestamp(2, Timestamp.valueOf(LocalDateTime.ofInstant(from, ZoneOffset.UTC)));
    statement.setTimestamp(3, Timestamp.valueOf(LocalDateTime.ofInstant(to, ZoneOffset.UTC)));
  }

  /** Shift times are stored as UTC wall-clock date-times. */
  private static Instant utc(Timestamp timestamp) {
    return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }

  private static void setMeasures(PreparedStatement statement, int first, Measures measures) throws SQLException {
    statement.setDouble(first, measures.offered());
    setOptional(statement, first + 1, measures.serviceLevel());
    setOptional(statement, first + 2, measures.serviceLevelCi());
    setOptional(statement, first + 3, measures.asaSeconds());
    setOptional(statement, first + 4, measures.asaCi());
    setOptional(statement, first + 5, measures.abandonRate());
    setOptional(statement, first + 6, measures.abandonCi());
    setOptional(statement, first + 7, measures.occupancy());
    setOptional(statement, first + 8, measures.occupancyCi());
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

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static String truncate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
