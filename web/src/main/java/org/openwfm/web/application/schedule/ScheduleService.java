package org.openwfm.web.application.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.Location;
import org.openwfm.scheduling.domain.ScheduleHorizon;
import org.openwfm.scheduling.domain.ShiftPattern;
import org.openwfm.scheduling.solver.CoverageReport;
import org.openwfm.scheduling.solver.ScheduleExplainer;
import org.openwfm.scheduling.solver.ScheduleExplanation;
import org.openwfm.web.application.ConcurrentEditException;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.domain.model.agent.Agent;
import org.openwfm.web.domain.model.organisation.Site;
import org.openwfm.web.domain.model.schedule.Schedule;
import org.openwfm.web.domain.model.schedule.ScheduleState;
import org.openwfm.web.domain.model.schedule.Shift;
import org.openwfm.web.domain.model.schedule.ShiftBreak;
import org.openwfm.web.domain.model.schedule.ShiftLocation;

/**
 * Schedules in the database: creating the header of a generation, reading the detached problem for the
 * solver, writing its result back, listing and reading shifts, hand edits judged by the engine's rules,
 * publication and coverage. Every method is one transaction; the solver itself runs outside
 * ({@link ScheduleGenerationService}).
 */
@ApplicationScoped
@Transactional
public class ScheduleService {

  /** Earlier schedules of a period that are read for pinned days and the stability reference. */
  static final int EARLIER_SCHEDULES = 5;

  /** How far back published days are read to count an agent's working days in a row before a period. */
  static final int MAX_RUN_LOOKBACK_DAYS = 14;

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  /** Requirements to choose from, newest first, with the local days they cover. */
  public List<RequirementOption> requirements() {
    List<Object[]> rows = em.createNativeQuery(
            "SELECT r.id, r.name, MIN(ri.interval_start), MAX(ri.interval_start) FROM requirement r"
                + " LEFT JOIN requirement_interval ri ON ri.requirement_id = r.id GROUP BY r.id, r.name"
                + " ORDER BY r.id DESC")
        .getResultList();
    List<RequirementOption> options = new ArrayList<>();
    for (Object[] row : rows) {
      options.add(new RequirementOption(
          ((Number) row[0]).longValue(),
          (String) row[1],
          Optional.ofNullable(row[2]).map(v -> dateTime(v).toLocalDate()),
          Optional.ofNullable(row[3]).map(v -> dateTime(v).toLocalDate())));
    }
    return options;
  }

  /**
   * Creates the header of a schedule about to be generated (state GENERATING).
   *
   * @throws IllegalArgumentException naming the field when the request is invalid
   */
  public ScheduleSummary create(NewSchedule request, String user) {
    if (request == null) {
      throw new IllegalArgumentException(
          "A JSON body with name, requirementId, firstDay, weeks and timeLimitSeconds is required.");
    }
    LocalDate firstDay = request.firstDayDate();
    if (request.weeks() == null) {
      throw new IllegalArgumentException("weeks: the number of weeks (1 to " + Schedule.MAX_WEEKS + ") is required.");
    }
    if (request.weeks() < 1 || request.weeks() > Schedule.MAX_WEEKS) {
      throw new IllegalArgumentException(
          "weeks: expected 1 to " + Schedule.MAX_WEEKS + ", was " + request.weeks() + ".");
    }
    request.timeLimit();
    if (request.requirementId() == null) {
      throw new IllegalArgumentException("requirementId: the requirement to cover is required.");
    }
    Number requirements = (Number) em.createNativeQuery("SELECT COUNT(*) FROM requirement WHERE id = ?1")
        .setParameter(1, request.requirementId())
        .getSingleResult();
    if (requirements.longValue() == 0) {
      throw new IllegalArgumentException("requirementId: no requirement with id " + request.requirementId() + ".");
    }
    Schedule schedule = new Schedule(
        request.name() == null ? "" : request.name(),
        request.requirementId(),
        firstDay,
        request.weeks(),
        user,
        LocalDateTime.now(ZoneOffset.UTC));
    em.persist(schedule);
    em.flush();
    return summary(schedule);
  }

  /** Everything the engine needs for the schedule's period, detached from the database. */
  public ProblemRows problemRows(long scheduleId) {
    return rows(header(scheduleId));
  }

  /**
   * Writes a solver's result: replaces the schedule's shifts and records the score.
   *
   * @param shortShare share of the requirement left uncovered, 0 to 1
   */
  public void saveResult(long scheduleId, List<ShiftPlan> shifts, String score, double shortShare) {
    Schedule schedule = header(scheduleId);
    em.createQuery("DELETE FROM Shift s WHERE s.scheduleId = :id").setParameter("id", scheduleId).executeUpdate();
    Map<String, Agent> agents = new HashMap<>();
    em.createNamedQuery("Agent.findAll", Agent.class).getResultList().forEach(a -> agents.put(a.getCode(), a));
    for (ShiftPlan plan : shifts) {
      Agent agent = agents.get(plan.agentCode());
      if (agent == null) {
        throw new IllegalStateException("agent " + plan.agentCode() + " no longer exists");
      }
      em.persist(new Shift(scheduleId, agent, plan.day(), utc(plan.start()), utc(plan.end()),
          ShiftLocation.valueOf(plan.location()), breaks(plan)));
    }
    schedule.scored(score, shortShare);
    em.flush();
  }

  /** The generation ended without a schedule (failed, or stopped before a first one). */
  public void markFailed(long scheduleId) {
    header(scheduleId).failed();
  }

  /** Marks every schedule still GENERATING as FAILED (at start-up: their solvers ended with the old server). */
  public int failUnfinished() {
    List<Schedule> generating = em.createQuery("SELECT s FROM Schedule s WHERE s.state = :state", Schedule.class)
        .setParameter("state", ScheduleState.GENERATING)
        .getResultList();
    generating.forEach(Schedule::failed);
    return generating.size();
  }

  public List<ScheduleSummary> list() {
    List<Schedule> schedules = em.createNamedQuery("Schedule.findAll", Schedule.class).getResultList();
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row : em.createQuery(
            "SELECT s.scheduleId, COUNT(s) FROM Shift s GROUP BY s.scheduleId", Object[].class)
        .getResultList()) {
      counts.put((Long) row[0], ((Number) row[1]).longValue());
    }
    Map<Long, String> names = requirementNames();
    return schedules.stream().map(s -> summary(s, names, counts.getOrDefault(s.getId(), 0L))).toList();
  }

  public Optional<ScheduleSummary> find(long id) {
    return Optional.ofNullable(em.find(Schedule.class, id)).map(this::summary);
  }

  /** The schedule with its score explained and its coverage, computed by the engine from the stored shifts. */
  public ScheduleDetail detail(long id) {
    Schedule schedule = header(id);
    if (schedule.getState() == ScheduleState.GENERATING || schedule.getState() == ScheduleState.FAILED) {
      return new ScheduleDetail(summary(schedule), schedule.getScore().orElse(""), false,
          new ScheduleDetail.CoverageSummary(0, 0, 0, 0, 0), List.of(), List.of());
    }
    EngineView view = view(schedule);
    ScheduleExplanation explanation = ScheduleExplainer.explain(view.engine());
    CoverageReport coverage = CoverageReport.of(view.engine());
    List<ScheduleDetail.RuleCost> rules = explanation.rules().stream()
        .map(r -> new ScheduleDetail.RuleCost(r.rule(), r.hard(), r.soft(), r.matches()))
        .toList();
    return new ScheduleDetail(summary(schedule), explanation.score(), explanation.feasible(),
        new ScheduleDetail.CoverageSummary(coverage.requiredAgentHours(), coverage.shortAgentHours(),
            coverage.overAgentHours(), coverage.coveredShare(), coverage.maxShortfallAgents()),
        rules, explanation.hardViolations());
  }

  /** Shifts of a schedule, optionally of one agent and between two local days (inclusive), by agent and day. */
  public List<ShiftView> shifts(long id, Optional<String> agent, Optional<LocalDate> from, Optional<LocalDate> to) {
    Schedule schedule = header(id);
    StringBuilder where = new StringBuilder(" WHERE s.scheduleId = :id AND s.day BETWEEN :from AND :to");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("id", id);
    parameters.put("from", from.orElse(schedule.getFirstDay()));
    parameters.put("to", to.orElse(schedule.getLastDay()));
    agent.ifPresent(code -> {
      where.append(" AND a.code = :agent");
      parameters.put("agent", code);
    });
    return views(where.toString(), parameters);
  }

  /** The columns of the engine's schedule CSV layout ({@code agent,start,end,activity,location}). */
  public static final List<String> EXPORT_COLUMNS = List.of("agent", "start", "end", "activity", "location");

  /**
   * Shifts in the engine's schedule CSV layout: per shift a SHIFT row (location OFFICE or HOME) followed by its
   * BREAK and LUNCH rows (location empty); times ISO-8601 with the offset of the agent's zone.
   */
  public List<List<String>> exportRows(long id, Optional<String> agent, Optional<LocalDate> from,
      Optional<LocalDate> to) {
    List<List<String>> rows = new ArrayList<>();
    for (ShiftView shift : shifts(id, agent, from, to)) {
      rows.add(List.of(shift.agent(), shift.start(), shift.end(), "SHIFT", shift.location()));
      for (ShiftView.BreakView b : shift.breaks()) {
        rows.add(List.of(shift.agent(), b.startAt(), b.endAt(), b.kind(), ""));
      }
    }
    return rows;
  }

  /** How many agents have shifts in the schedule (the timeline's rows). */
  public long timelineAgentCount(long id) {
    return em.createQuery(
            "SELECT COUNT(DISTINCT a.code) FROM Shift s JOIN s.agent a WHERE s.scheduleId = :id", Long.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  /** One page of the timeline: agents by code, with their shifts between two local days (inclusive). */
  public List<TimelineRow> timeline(long id, int first, int pageSize, LocalDate from, LocalDate to) {
    List<Object[]> agents = em.createQuery(
            "SELECT DISTINCT a.code, a.firstName, a.lastName, a.workMode, a.homeTimeZone FROM Shift s JOIN s.agent a"
                + " WHERE s.scheduleId = :id ORDER BY a.code", Object[].class)
        .setParameter("id", id)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
    if (agents.isEmpty()) {
      return List.of();
    }
    List<String> codes = agents.stream().map(r -> (String) r[0]).toList();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("id", id);
    parameters.put("from", from);
    parameters.put("to", to);
    parameters.put("codes", codes);
    Map<String, Map<LocalDate, ShiftView>> byAgent = new HashMap<>();
    for (ShiftView shift : views(
        " WHERE s.scheduleId = :id AND s.day BETWEEN :from AND :to AND a.code IN :codes", parameters)) {
      byAgent.computeIfAbsent(shift.agent(), k -> new HashMap<>()).put(shift.day(), shift);
    }
    List<TimelineRow> rows = new ArrayList<>();
    for (Object[] a : agents) {
      rows.add(new TimelineRow((String) a[0], a[1] + " " + a[2], a[3].toString(), (String) a[4],
          byAgent.getOrDefault((String) a[0], Map.of())));
    }
    return rows;
  }

  /** One shift of a schedule. */
  public ShiftView shift(long scheduleId, long shiftId) {
    return view(shiftEntity(scheduleId, shiftId), breaksOf(List.of(shiftId)).getOrDefault(shiftId, List.of()));
  }

  /**
   * Changes one shift by hand: new start, length and location, or a day off. The engine scores the schedule
   * before and after; hard rules the change newly breaks are refused unless the edit is forced. The schedule's
   * score follows the change.
   *
   * @return the changed shift, or empty when the day became a day off
   * @throws ConcurrentEditException when the shift changed since the version in the edit
   * @throws BrokenRulesException listing the newly broken hard rules (nothing saved)
   */
  public Optional<ShiftView> editShift(long scheduleId, long shiftId, ShiftEdit edit, String user) {
    if (edit == null) {
      throw new IllegalArgumentException("A JSON body with version and start, minutes, location or dayOff is required.");
    }
    Shift shift = shiftEntity(scheduleId, shiftId);
    if (edit.version() == null) {
      throw new IllegalArgumentException("version: the version of the shift as read is required.");
    }
    if (shift.getVersion() != edit.version()) {
      throw new ConcurrentEditException("Shift " + shiftId);
    }
    Schedule schedule = header(scheduleId);
    if (schedule.getState() == ScheduleState.GENERATING) {
      throw new IllegalArgumentException("The schedule is still being generated; edit it once it is done.");
    }
    EngineView view = view(schedule);
    AgentDay day = view.day(shift.getAgent().getCode(), shift.getDay()).orElseThrow(() -> new IllegalArgumentException(
        "Agent " + shift.getAgent().getCode() + " is no longer part of this schedule's problem (no skill for its"
            + " queues)."));
    ScheduleExplainer explainer = new ScheduleExplainer();
    List<String> before = explainer.explanation(view.engine()).hardViolations();
    if (edit.isDayOff()) {
      day.setPattern(null);
    } else {
      day.setPattern(pattern(edit, view));
      day.setLocation(location(edit.location(), shift.getLocation()));
    }
    ScheduleExplanation after = explainer.explanation(view.engine());
    List<String> broken = newlyBroken(before, after.hardViolations());
    if (!broken.isEmpty() && !edit.isForced()) {
      throw new BrokenRulesException(broken);
    }
    double shortShare = 1 - CoverageReport.of(view.engine()).coveredShare();
    schedule.scored(after.score(), shortShare);
    if (edit.isDayOff()) {
      em.remove(shift);
      em.flush();
      return Optional.empty();
    }
    ShiftPlan plan = ScheduleResults.plan(view.engine(), day);
    shift.replaceTimes(utc(plan.start()), utc(plan.end()), ShiftLocation.valueOf(plan.location()), breaks(plan));
    shift.markEditedBy(user);
    em.flush();
    return Optional.of(shift(scheduleId, shiftId));
  }

  /** Hard-rule lines in {@code after} that were not in {@code before} (counting repeats). */
  static List<String> newlyBroken(List<String> before, List<String> after) {
    Map<String, Integer> counts = new HashMap<>();
    before.forEach(line -> counts.merge(line, 1, Integer::sum));
    List<String> broken = new ArrayList<>();
    for (String line : after) {
      if (counts.getOrDefault(line, 0) > 0) {
        counts.merge(line, -1, Integer::sum);
      } else {
        broken.add(line);
      }
    }
    return broken;
  }

  /**
   * Publishes the schedule up to a day (inclusive): agents see those days, and later solves of the period keep
   * them as they are.
   */
  public ScheduleSummary publish(long id, LocalDate until) {
    Schedule schedule = header(id);
    schedule.publishUntil(until);
    em.flush();
    return summary(schedule);
  }

  /** The queue codes of the schedule's requirement. */
  public List<String> queues(long id) {
    return rowsOfQueues(header(id).getRequirementId()).stream().map(ProblemRows.QueueRow::code).sorted().toList();
  }

  /**
   * Required and scheduled agents per 15-minute interval, per queue and local day of the queue; optionally one
   * queue and one day.
   */
  public List<CoverageDay> coverage(long id, Optional<String> queue, Optional<LocalDate> day) {
    Schedule schedule = header(id);
    day.ifPresent(d -> {
      if (d.isBefore(schedule.getFirstDay()) || d.isAfter(schedule.getLastDay())) {
        throw new IllegalArgumentException(
            "day: expected a day from " + schedule.getFirstDay() + " to " + schedule.getLastDay() + ".");
      }
    });
    EngineView view = view(schedule);
    var engine = view.engine();
    int[][] covered = ScheduleResults.coverage(engine);
    ScheduleHorizon horizon = engine.getHorizon();
    Map<String, ZoneId> zones = new HashMap<>();
    view.rows().queues().forEach(q -> zones.put(q.code(), q.timeZone()));
    if (queue.isPresent() && !zones.containsKey(queue.get())) {
      throw new IllegalArgumentException("queue: '" + queue.get() + "' is not a queue of this schedule's requirement.");
    }
    List<CoverageDay> days = new ArrayList<>();
    for (var q : engine.getQueues()) {
      if (queue.isPresent() && !queue.get().equals(q.id())) {
        continue;
      }
      ZoneId zone = zones.get(q.id());
      Map<LocalDate, List<CoverageDay.Point>> points = new TreeMap<>();
      for (int slot = 0; slot < horizon.slotCount(); slot++) {
        ZonedDateTime local = horizon.slotStart(slot, zone).atZoneSameInstant(zone);
        LocalDate date = local.toLocalDate();
        if (day.isPresent() && !day.get().equals(date)) {
          continue;
        }
        points.computeIfAbsent(date, k -> new ArrayList<>()).add(new CoverageDay.Point(
            local.toLocalTime().format(HH_MM),
            engine.getCoverage().requirement(q.index(), slot) / 100.0,
            covered[q.index()][slot] / 100.0));
      }
      points.forEach((date, list) -> days.add(new CoverageDay(q.id(), date, zone.getId(), list)));
    }
    return days;
  }

  // ---------------------------------------------------------------------------------------------------------

  /** The engine's problem of a schedule with the schedule's own shifts applied. */
  record EngineView(ProblemRows rows, org.openwfm.scheduling.domain.Schedule engine, Map<String, AgentDay> days) {

    Optional<AgentDay> day(String agent, LocalDate date) {
      return Optional.ofNullable(days.get(agent + "/" + date));
    }
  }

  private EngineView view(Schedule schedule) {
    ProblemRows rows = rows(schedule);
    org.openwfm.scheduling.domain.Schedule engine = ScheduleProblemBuilder.build(rows);
    Map<String, AgentDay> days = new HashMap<>();
    engine.getAgentDays().forEach(d -> {
      d.setPattern(null);
      days.put(d.getId(), d);
    });
    for (Object[] row : em.createQuery(
            "SELECT a.code, s.day, s.startUtc, s.endUtc, s.location FROM Shift s JOIN s.agent a"
                + " WHERE s.scheduleId = :id", Object[].class)
        .setParameter("id", schedule.getId())
        .getResultList()) {
      AgentDay day = days.get(row[0] + "/" + row[1]);
      if (day == null) {
        continue;
      }
      day.setPattern(ScheduleProblemBuilder.pattern(day.getAgent(), day.getDate(), instant((LocalDateTime) row[2]),
          instant((LocalDateTime) row[3]), engine.getRules().breaks()));
      day.setLocation(Location.valueOf(row[4].toString()));
    }
    return new EngineView(rows, engine, days);
  }

  private ShiftPattern pattern(ShiftEdit edit, EngineView view) {
    if (edit.start() == null || edit.start().isBlank()) {
      throw new IllegalArgumentException("start: the local start time HH:mm is required.");
    }
    LocalTime start;
    try {
      start = LocalTime.parse(edit.start().strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("start: expected a time HH:mm, was '" + edit.start() + "'.");
    }
    if (start.getMinute() % 15 != 0 || start.getSecond() != 0) {
      throw new IllegalArgumentException("start: shifts start on the quarter hour (e.g. 08:15), was " + start + ".");
    }
    if (edit.minutes() == null || edit.minutes() <= 0 || edit.minutes() % 15 != 0) {
      throw new IllegalArgumentException(
          "minutes: expected a positive multiple of 15 (length including breaks), was " + edit.minutes() + ".");
    }
    int startMinute = start.getHour() * 60 + start.getMinute();
    if (startMinute + edit.minutes() > 24 * 60) {
      throw new IllegalArgumentException("minutes: the shift would cross midnight of the agent's day.");
    }
    return new ShiftPattern(startMinute, edit.minutes(), view.engine().getRules().breaks());
  }

  private static Location location(String value, ShiftLocation current) {
    if (value == null || value.isBlank()) {
      return Location.valueOf(current.name());
    }
    try {
      return Location.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("location: expected OFFICE or HOME, was '" + value + "'.");
    }
  }

  private Schedule header(long id) {
    Schedule schedule = em.find(Schedule.class, id);
    if (schedule == null) {
      throw new NotFoundException("No schedule with id " + id + ".");
    }
    return schedule;
  }

  private Shift shiftEntity(long scheduleId, long shiftId) {
    Shift shift = em.find(Shift.class, shiftId);
    if (shift == null || shift.getScheduleId() != scheduleId) {
      throw new NotFoundException("No shift " + shiftId + " in schedule " + scheduleId + ".");
    }
    return shift;
  }

  private ProblemRows rows(Schedule schedule) {
    LocalDate first = schedule.getFirstDay();
    LocalDate last = schedule.getLastDay();
    List<ProblemRows.QueueRow> queues = rowsOfQueues(schedule.getRequirementId());

    List<ProblemRows.RequirementRow> requirement = new ArrayList<>();
    List<Object[]> intervals = em.createNativeQuery(
            "SELECT q.code, ri.interval_start, ri.interval_minutes, ri.agents_gross FROM requirement_interval ri"
                + " JOIN queue q ON q.id = ri.queue_id WHERE ri.requirement_id = ?1"
                + " AND ri.interval_start >= ?2 AND ri.interval_start < ?3")
        .setParameter(1, schedule.getRequirementId())
        .setParameter(2, Timestamp.valueOf(first.minusDays(1).atStartOfDay()))
        .setParameter(3, Timestamp.valueOf(last.plusDays(2).atStartOfDay()))
        .getResultList();
    for (Object[] row : intervals) {
      requirement.add(new ProblemRows.RequirementRow((String) row[0], dateTime(row[1]),
          ((Number) row[2]).intValue(), ((Number) row[3]).doubleValue()));
    }

    List<ProblemRows.SiteRow> sites = em.createNamedQuery("Site.findAll", Site.class).getResultStream()
        .map(s -> new ProblemRows.SiteRow(s.getCode(), s.getTimeZone(), s.getOfficeSeats()))
        .toList();

    Map<String, Map<String, Integer>> skills = new HashMap<>();
    for (Object[] row : em.createQuery(
            "SELECT a.code, q.code, k.level FROM Agent a JOIN a.skills k JOIN k.queue q", Object[].class)
        .getResultList()) {
      skills.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1], ((Number) row[2]).intValue());
    }
    Map<String, Integer> runs = workedRunsBefore(first);
    List<ProblemRows.AgentRow> agents = new ArrayList<>();
    for (Object[] row : em.createQuery(
            "SELECT a.code, a.workMode, a.homeTimeZone, s.code, c.code, c.minHoursPerWeek, c.maxHoursPerWeek,"
                + " c.maxConsecutiveDays, c.minRestHours FROM Agent a JOIN a.site s JOIN a.contract c ORDER BY a.code",
            Object[].class)
        .getResultList()) {
      agents.add(new ProblemRows.AgentRow((String) row[0], row[1].toString(), ZoneId.of((String) row[2]),
          (String) row[3],
          new ProblemRows.ContractRow((String) row[4], (Integer) row[5], (Integer) row[6], (Integer) row[7],
              (Integer) row[8]),
          skills.getOrDefault((String) row[0], Map.of()), runs.getOrDefault((String) row[0], 0)));
    }

    List<ProblemRows.AbsenceRow> absences = em.createQuery(
            "SELECT a.code, b.dateFrom, b.dateTo FROM Absence b JOIN b.agent a"
                + " WHERE b.dateTo >= :first AND b.dateFrom <= :last", Object[].class)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultStream()
        .map(r -> new ProblemRows.AbsenceRow((String) r[0], (LocalDate) r[1], (LocalDate) r[2]))
        .toList();

    return new ProblemRows(schedule.getName(), first, schedule.getWeeks(), queues, sites, agents, requirement,
        absences, earlier(schedule));
  }

  /**
   * Per agent, the published working days in a row that end the day before {@code first} (from any schedule),
   * so that the maximum consecutive days rule holds across the edge of the period.
   */
  private Map<String, Integer> workedRunsBefore(LocalDate first) {
    LocalDate from = first.minusDays(MAX_RUN_LOOKBACK_DAYS);
    Map<String, Set<LocalDate>> worked = new HashMap<>();
    for (Object[] row : em.createQuery(
            "SELECT a.code, s.day FROM Shift s JOIN s.agent a, Schedule h WHERE h.id = s.scheduleId"
                + " AND h.publishedUntil IS NOT NULL AND s.day <= h.publishedUntil AND s.day >= :from AND s.day < :first",
            Object[].class)
        .setParameter("from", from)
        .setParameter("first", first)
        .getResultList()) {
      worked.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((LocalDate) row[1]);
    }
    Map<String, Integer> runs = new HashMap<>();
    worked.forEach((agent, days) -> runs.put(agent, runBefore(first, days)));
    return runs;
  }

  /** Days in a row in {@code worked} that end the day before {@code first}. */
  static int runBefore(LocalDate first, Set<LocalDate> worked) {
    int run = 0;
    for (LocalDate day = first.minusDays(1); worked.contains(day); day = day.minusDays(1)) {
      run++;
    }
    return run;
  }

  private List<ProblemRows.QueueRow> rowsOfQueues(long requirementId) {
    List<Object[]> rows = em.createNativeQuery(
            "SELECT DISTINCT q.code, q.time_zone FROM requirement_interval ri JOIN queue q ON q.id = ri.queue_id"
                + " WHERE ri.requirement_id = ?1")
        .setParameter(1, requirementId)
        .getResultList();
    return rows.stream().map(r -> new ProblemRows.QueueRow((String) r[0], ZoneId.of((String) r[1]))).toList();
  }

  /**
   * Days of earlier schedules overlapping the period, most recent schedule first: every published day (a shift
   * or a day off of each agent the schedule has), and the unpublished days of the most recent one as the
   * reference for few changes.
   */
  private List<ProblemRows.PlannedRow> earlier(Schedule schedule) {
    List<Schedule> earlier = em.createQuery(
            "SELECT s FROM Schedule s WHERE s.id < :id AND s.state IN :states AND s.firstDay <= :last"
                + " ORDER BY s.id DESC", Schedule.class)
        .setParameter("id", schedule.getId())
        .setParameter("states", List.of(ScheduleState.DRAFT, ScheduleState.PUBLISHED))
        .setParameter("last", schedule.getLastDay())
        .setMaxResults(EARLIER_SCHEDULES * 4)
        .getResultList()
        .stream()
        .filter(s -> !s.getLastDay().isBefore(schedule.getFirstDay()))
        .limit(EARLIER_SCHEDULES)
        .toList();
    List<ProblemRows.PlannedRow> rows = new ArrayList<>();
    boolean reference = true;
    for (Schedule other : earlier) {
      LocalDate from = other.getFirstDay().isAfter(schedule.getFirstDay()) ? other.getFirstDay() : schedule.getFirstDay();
      LocalDate to = other.getLastDay().isBefore(schedule.getLastDay()) ? other.getLastDay() : schedule.getLastDay();
      Optional<LocalDate> published = other.getPublishedUntil();
      if (!reference && published.isEmpty()) {
        continue;
      }
      Map<String, ProblemRows.PlannedRow> shifts = new LinkedHashMap<>();
      Set<String> agents = new HashSet<>();
      for (Object[] row : em.createQuery(
              "SELECT a.code, s.day, s.startUtc, s.endUtc, s.location FROM Shift s JOIN s.agent a"
                  + " WHERE s.scheduleId = :id", Object[].class)
          .setParameter("id", other.getId())
          .getResultList()) {
        String agent = (String) row[0];
        LocalDate day = (LocalDate) row[1];
        agents.add(agent);
        if (day.isBefore(from) || day.isAfter(to)) {
          continue;
        }
        shifts.put(agent + "/" + day, new ProblemRows.PlannedRow(agent, day,
            Optional.of(instant((LocalDateTime) row[2])), Optional.of(instant((LocalDateTime) row[3])),
            row[4].toString(), other.isPublished(day)));
      }
      for (String agent : agents) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
          boolean isPublished = other.isPublished(day);
          if (!isPublished && !reference) {
            continue;
          }
          ProblemRows.PlannedRow row = shifts.get(agent + "/" + day);
          rows.add(row != null ? row
              : new ProblemRows.PlannedRow(agent, day, Optional.empty(), Optional.empty(), null, isPublished));
        }
      }
      reference = false;
    }
    return rows;
  }

  private List<ShiftView> views(String where, Map<String, Object> parameters) {
    TypedQuery<Shift> query = em.createQuery(
        "SELECT s FROM Shift s JOIN FETCH s.agent a" + where + " ORDER BY a.code, s.day", Shift.class);
    parameters.forEach(query::setParameter);
    List<Shift> shifts = query.getResultList();
    Map<Long, List<ShiftView.BreakView>> breaks = breaksOf(shifts.stream().map(Shift::getId).toList());
    return shifts.stream().map(s -> view(s, breaks.getOrDefault(s.getId(), List.of()))).toList();
  }

  /** Breaks of many shifts in one query, local times of each shift's agent. */
  private Map<Long, List<ShiftView.BreakView>> breaksOf(List<Long> shiftIds) {
    Map<Long, List<ShiftView.BreakView>> breaks = new HashMap<>();
    for (int i = 0; i < shiftIds.size(); i += 1000) {
      List<Long> chunk = shiftIds.subList(i, Math.min(shiftIds.size(), i + 1000));
      for (Object[] row : em.createQuery(
              "SELECT s.id, a.homeTimeZone, b.kind, b.startUtc, b.endUtc FROM Shift s JOIN s.agent a JOIN s.breaks b"
                  + " WHERE s.id IN :ids ORDER BY s.id, b.startUtc", Object[].class)
          .setParameter("ids", chunk)
          .getResultList()) {
        ZoneId zone = ZoneId.of((String) row[1]);
        ZonedDateTime start = local((LocalDateTime) row[3], zone);
        ZonedDateTime end = local((LocalDateTime) row[4], zone);
        breaks.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new ShiftView.BreakView((String) row[2],
            start.format(HH_MM), end.format(HH_MM), start.format(ISO_MINUTES), end.format(ISO_MINUTES)));
      }
    }
    return breaks;
  }

  private static ShiftView view(Shift shift, List<ShiftView.BreakView> breaks) {
    Agent agent = shift.getAgent();
    ZoneId zone = agent.getHomeTimeZone();
    ZonedDateTime start = local(shift.getStartUtc(), zone);
    ZonedDateTime end = local(shift.getEndUtc(), zone);
    return new ShiftView(shift.getId(), agent.getCode(), agent.getFullName(), shift.getDay(), zone.getId(),
        start.format(ISO_MINUTES), end.format(ISO_MINUTES), start.format(HH_MM), end.format(HH_MM),
        (int) java.time.Duration.between(start, end).toMinutes(), shift.getLocation().name(), breaks,
        shift.getEditedBy(), shift.getVersion());
  }

  private ScheduleSummary summary(Schedule s) {
    long shifts = em.createQuery("SELECT COUNT(s) FROM Shift s WHERE s.scheduleId = :id", Long.class)
        .setParameter("id", s.getId())
        .getSingleResult();
    return summary(s, requirementNames(), shifts);
  }

  private static ScheduleSummary summary(Schedule s, Map<Long, String> requirementNames, long shifts) {
    return new ScheduleSummary(s.getId(), s.getName(), s.getRequirementId(),
        requirementNames.getOrDefault(s.getRequirementId(), ""), s.getFirstDay(), s.getLastDay(), s.getWeeks(),
        s.getState().name(), s.getPublishedUntil(), s.getScore(), s.getShortShare(), s.getCreatedBy(),
        s.getCreatedAt(), shifts, s.getVersion());
  }

  private Map<Long, String> requirementNames() {
    Map<Long, String> names = new HashMap<>();
    for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT id, name FROM requirement").getResultList()) {
      names.put(((Number) row[0]).longValue(), (String) row[1]);
    }
    return names;
  }

  private static List<ShiftBreak> breaks(ShiftPlan plan) {
    return plan.breaks().stream().map(b -> new ShiftBreak(b.kind(), utc(b.start()), utc(b.end()))).toList();
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(LocalDateTime utc) {
    return utc.toInstant(ZoneOffset.UTC);
  }

  private static ZonedDateTime local(LocalDateTime utc, ZoneId zone) {
    return utc.atZone(ZoneOffset.UTC).withZoneSameInstant(zone);
  }

  /** A DATETIME from a native query: drivers return Timestamp or LocalDateTime. */
  static LocalDateTime dateTime(Object value) {
    if (value instanceof LocalDateTime t) {
      return t;
    }
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    if (value instanceof java.util.Date d) {
      return new Timestamp(d.getTime()).toLocalDateTime();
    }
    throw new IllegalStateException("unexpected date-time value " + value);
  }
}
