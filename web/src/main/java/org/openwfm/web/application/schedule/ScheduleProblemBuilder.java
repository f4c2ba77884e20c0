package org.openwfm.web.application.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openwfm.scheduling.domain.Agent;
import org.openwfm.scheduling.domain.BreakRules;
import org.openwfm.scheduling.domain.Contract;
import org.openwfm.scheduling.domain.Location;
import org.openwfm.scheduling.domain.PlannedDay;
import org.openwfm.scheduling.domain.Queue;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.domain.ScheduleConstraintConfiguration;
import org.openwfm.scheduling.domain.ScheduleHorizon;
import org.openwfm.scheduling.domain.ScheduleRules;
import org.openwfm.scheduling.domain.ShiftPattern;
import org.openwfm.scheduling.domain.Site;
import org.openwfm.scheduling.domain.SkillLevel;
import org.openwfm.scheduling.domain.TimeWindow;
import org.openwfm.scheduling.domain.WorkMode;

/**
 * Turns the database rows of a planning period ({@link ProblemRows}) into the scheduling engine's problem. Pure:
 * no database, no container; the same rows always give the same problem.
 *
 * <p>Rules the portal adds to what the database holds:
 *
 * <ul>
 *   <li>The requirement grid is anchored in the time zone most of the requirement's queues use (ties: the
 *       alphabetically first zone); each queue's local interval times are converted to instants, so queues
 *       in other zones land on the right grid slots. An interval longer than 15 minutes applies to every
 *       15-minute slot it covers; a slot touched by several shorter intervals takes the largest value.
 *       Requirement outside the grid (a queue's local day reaching past the period's edge) is left out.
 *   <li>Only agents qualified for at least one queue of the requirement are scheduled: an agent without a
 *       matching skill could only break the "Skills" rule or the weekly minimum.
 *   <li>Shift lengths come from the contract: paid days from a fifth of the weekly minimum (at least 2 h) to
 *       a fifth of the weekly maximum in steps of an hour, plus exactly a fifth of the maximum; a shift of 6
 *       paid hours or more gets the unpaid lunch on top (full time 40 h: 8 h 30 min with lunch).
 *   <li>Hybrid agents aim at {@link #HYBRID_OFFICE_DAYS_PER_WEEK} office days a week; agents are available
 *       all day every day (the database has no availability yet); every recorded absence is approved time
 *       off.
 * </ul>
 */
public final class ScheduleProblemBuilder {

  /** Office days per week a hybrid agent should work (the centre's hybrid policy). */
  public static final int HYBRID_OFFICE_DAYS_PER_WEEK = 2;

  /** Shortest paid shift a contract gets, in minutes. */
  static final int SHORTEST_PAID_MINUTES = 120;

  private ScheduleProblemBuilder() {}

  /**
   * Builds the engine's problem.
   *
   * @throws IllegalArgumentException naming the row when the rows do not make a valid problem
   */
  public static Schedule build(ProblemRows rows) {
    if (rows.queues().isEmpty()) {
      throw new IllegalArgumentException("requirementId: the requirement has no queues.");
    }
    ZoneId centre = centreZone(rows.queues());
    ScheduleHorizon horizon;
    try {
      horizon = new ScheduleHorizon(rows.firstDay(), rows.weeks(), centre);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("weeks: " + e.getMessage(), e);
    }
    ScheduleRules rules = ScheduleRules.DEFAULT;

    List<Queue> queues = new ArrayList<>();
    Map<String, Queue> queueByCode = new LinkedHashMap<>();
    List<ProblemRows.QueueRow> sortedQueues =
        rows.queues().stream().sorted(Comparator.comparing(ProblemRows.QueueRow::code)).toList();
    for (ProblemRows.QueueRow row : sortedQueues) {
      Queue queue = new Queue(row.code(), queues.size(), 1);
      queues.add(queue);
      queueByCode.put(row.code(), queue);
    }

    Map<String, Site> sites = new LinkedHashMap<>();
    for (ProblemRows.SiteRow row : rows.sites()) {
      sites.put(row.code(), new Site(row.code(), row.timeZone(), row.officeSeats()));
    }

    Map<String, Set<LocalDate>> timeOff = new HashMap<>();
    for (ProblemRows.AbsenceRow absence : rows.absences()) {
      Set<LocalDate> days = timeOff.computeIfAbsent(absence.agentCode(), k -> new HashSet<>());
      for (LocalDate d = absence.from(); !d.isAfter(absence.to()); d = d.plusDays(1)) {
        if (!d.isBefore(rows.firstDay()) && d.isBefore(rows.firstDay().plusWeeks(rows.weeks()))) {
          days.add(d);
        }
      }
    }

    Map<String, Contract> contracts = new HashMap<>();
    Map<DayOfWeek, TimeWindow> anyTime = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      anyTime.put(day, TimeWindow.WHOLE_DAY);
    }
    List<Agent> agents = new ArrayList<>();
    List<ProblemRows.AgentRow> sortedAgents =
        rows.agents().stream().sorted(Comparator.comparing(ProblemRows.AgentRow::code)).toList();
    for (ProblemRows.AgentRow row : sortedAgents) {
      List<SkillLevel> skills = new ArrayList<>();
      new TreeSet<>(row.skills().keySet())
          .forEach(
              code -> {
                Queue queue = queueByCode.get(code);
                if (queue != null) {
                  skills.add(new SkillLevel(queue, row.skills().get(code)));
                }
              });
      if (skills.isEmpty()) {
        continue;
      }
      Contract contract =
          contracts.computeIfAbsent(row.contract().code(), k -> contract(row.contract(), rules.breaks()));
      WorkMode mode = workMode(row);
      Site site = row.siteCode() == null ? null : sites.get(row.siteCode());
      if (site == null && mode != WorkMode.REMOTE) {
        throw new IllegalArgumentException(
            "agent " + row.code() + ": site '" + row.siteCode() + "' is not known.");
      }
      agents.add(
          new Agent(
              row.code(),
              agents.size(),
              contract,
              mode,
              site,
              row.homeTimeZone(),
              skills,
              mode == WorkMode.HYBRID ? HYBRID_OFFICE_DAYS_PER_WEEK : 0,
              anyTime,
              timeOff.getOrDefault(row.code(), Set.of()),
              Set.of(),
              null,
              null,
              row.previousConsecutiveDays()));
    }
    if (agents.isEmpty()) {
      throw new IllegalArgumentException(
          "requirementId: no agent has a skill for the requirement's queues " + queueByCode.keySet() + ".");
    }

    int[][] requirement = requirement(rows, horizon, queueByCode);
    List<PlannedDay> planned = planned(rows.earlier(), agents, rules.breaks());
    return Schedule.create(
        horizon,
        rules,
        queues,
        List.copyOf(sites.values()),
        agents,
        requirement,
        planned,
        new ScheduleConstraintConfiguration());
  }

  /** The zone most queues use; ties go to the alphabetically first zone id. */
  static ZoneId centreZone(List<ProblemRows.QueueRow> queues) {
    Map<String, Integer> counts = new HashMap<>();
    queues.forEach(q -> counts.merge(q.timeZone().getId(), 1, Integer::sum));
    return ZoneId.of(
        counts.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .findFirst()
            .orElseThrow()
            .getKey());
  }

  /** The engine contract: weekly paid minutes and the shift lengths derived from the weekly hours. */
  static Contract contract(ProblemRows.ContractRow row, BreakRules breaks) {
    return new Contract(
        row.code(),
        row.minHoursPerWeek() * 60,
        row.maxHoursPerWeek() * 60,
        row.maxConsecutiveDays(),
        row.minRestHours() * 60,
        shiftLengths(row.minHoursPerWeek(), row.maxHoursPerWeek(), breaks));
  }

  /** Shift lengths in minutes (lunch included) for a contract of min to max paid hours a week. */
  static List<Integer> shiftLengths(int minHoursPerWeek, int maxHoursPerWeek, BreakRules breaks) {
    int longest = Math.max(SHORTEST_PAID_MINUTES, quarterHours(maxHoursPerWeek * 60 / 5.0));
    int shortest = Math.min(longest, Math.max(SHORTEST_PAID_MINUTES, quarterHours(minHoursPerWeek * 60 / 5.0)));
    Set<Integer> paid = new TreeSet<>();
    for (int p = shortest; p <= longest; p += 60) {
      paid.add(p);
    }
    paid.add(longest);
    List<Integer> lengths = new ArrayList<>();
    for (int p : paid) {
      int withLunch = p >= breaks.lunchFromShiftMinutes() ? p + breaks.lunchMinutes() : p;
      if (withLunch <= 14 * 60) {
        lengths.add(withLunch);
      }
    }
    return lengths;
  }

  private static int quarterHours(double minutes) {
    return (int) Math.round(minutes / 15) * 15;
  }

  private static WorkMode workMode(ProblemRows.AgentRow row) {
    try {
      return WorkMode.valueOf(row.workMode());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "agent " + row.code() + ": work mode '" + row.workMode() + "' is not OFFICE, HYBRID or REMOTE.", e);
    }
  }

  /** requirement[queue][slot] in hundredths of an agent. */
  static int[][] requirement(ProblemRows rows, ScheduleHorizon horizon, Map<String, Queue> queues) {
    Map<String, ZoneId> zones = new HashMap<>();
    rows.queues().forEach(q -> zones.put(q.code(), q.timeZone()));
    int[][] requirement = new int[queues.size()][horizon.slotCount()];
    Instant origin = horizon.startInstant();
    for (ProblemRows.RequirementRow row : rows.requirement()) {
      Queue queue = queues.get(row.queueCode());
      if (queue == null) {
        continue;
      }
      if (row.intervalMinutes() <= 0 || !(row.agents() >= 0)) {
        throw new IllegalArgumentException(
            "requirement " + row.queueCode() + " " + row.intervalStart()
                + ": expected a positive interval length and agents >= 0.");
      }
      ZonedDateTime start = row.intervalStart().atZone(zones.get(row.queueCode()));
      if (!start.toLocalDateTime().equals(row.intervalStart())) {
        continue; // a local time skipped by a daylight-saving change
      }
      int value = (int) Math.round(row.agents() * 100);
      long firstMinute = Duration.between(origin, start.toInstant()).toMinutes();
      int lastSlot = Integer.MIN_VALUE;
      for (int m = 0; m < row.intervalMinutes(); m++) {
        int slot = (int) Math.floorDiv(firstMinute + m, ScheduleHorizon.SLOT_MINUTES);
        if (slot == lastSlot || slot < 0 || slot >= horizon.slotCount()) {
          continue;
        }
        lastSlot = slot;
        requirement[queue.index()][slot] = Math.max(requirement[queue.index()][slot], value);
      }
    }
    return requirement;
  }

  /**
   * Earlier days of agents in the problem as the engine's planned days; a published day wins over an
   * unpublished one of the same agent and date, otherwise the first row wins.
   */
  static List<PlannedDay> planned(List<ProblemRows.PlannedRow> rows, List<Agent> agents, BreakRules breaks) {
    Map<String, Agent> byCode = new HashMap<>();
    agents.forEach(a -> byCode.put(a.id(), a));
    Map<String, PlannedDay> days = new LinkedHashMap<>();
    for (ProblemRows.PlannedRow row : rows) {
      Agent agent = byCode.get(row.agentCode());
      if (agent == null) {
        continue;
      }
      String key = row.agentCode() + "/" + row.day();
      PlannedDay existing = days.get(key);
      if (existing != null && (existing.published() || !row.published())) {
        continue;
      }
      Optional<ShiftPattern> pattern = Optional.empty();
      if (row.start().isPresent() && row.end().isPresent()) {
        pattern = Optional.of(pattern(agent, row.day(), row.start().get(), row.end().get(), breaks));
      }
      Location location =
          row.location() == null
              ? (agent.workMode() == WorkMode.OFFICE ? Location.OFFICE : Location.HOME)
              : Location.valueOf(row.location());
      if (!allowed(agent.workMode(), location)) {
        // The agent's work mode changed since: keep the times, move the place to one the mode allows.
        location = agent.workMode() == WorkMode.OFFICE ? Location.OFFICE : Location.HOME;
      }
      days.put(key, new PlannedDay(agent.id(), row.day(), pattern, location, row.published()));
    }
    return List.copyOf(days.values());
  }

  /** The engine's shift pattern of a shift given as instants on a local day of the agent. */
  static ShiftPattern pattern(Agent agent, LocalDate day, Instant start, Instant end, BreakRules breaks) {
    LocalDateTime local = start.atZone(agent.timeZone()).toLocalDateTime();
    if (!local.toLocalDate().equals(day)) {
      throw new IllegalArgumentException(
          "shift of " + agent.id() + " on " + day + " starts on another local day (" + local + ").");
    }
    int startMinute = local.getHour() * 60 + local.getMinute();
    int minutes = (int) Duration.between(start, end).toMinutes();
    try {
      return new ShiftPattern(startMinute, minutes, breaks);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("shift of " + agent.id() + " on " + day + ": " + e.getMessage(), e);
    }
  }

  private static boolean allowed(WorkMode mode, Location location) {
    return switch (mode) {
      case OFFICE -> location == Location.OFFICE;
      case REMOTE -> location == Location.HOME;
      case HYBRID -> true;
    };
  }
}
