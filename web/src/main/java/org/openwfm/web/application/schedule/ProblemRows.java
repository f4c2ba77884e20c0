package org.openwfm.web.application.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the engine needs for one planning period, read from the database and detached from it (plain
 * values, safe to hand to a solver thread). Built by {@link ScheduleService#problemRows}, turned into the
 * engine's problem by {@link ScheduleProblemBuilder}.
 *
 * @param firstDay the first day of the period (a Monday is usual but not required)
 * @param weeks 1 to 6
 * @param queues the queues of the requirement
 * @param sites every site an agent belongs to
 * @param agents the agents to schedule, in a stable order (by code): the order sets each agent's break stagger
 * @param requirement agents required per queue and interval, local time of the queue
 * @param absences approved absences (whole local days of the agent)
 * @param earlier days of earlier schedules of the period: published ones are pinned, the others are the
 *     reference of the "change from previous schedule" goal
 */
public record ProblemRows(
    String name,
    LocalDate firstDay,
    int weeks,
    List<QueueRow> queues,
    List<SiteRow> sites,
    List<AgentRow> agents,
    List<RequirementRow> requirement,
    List<AbsenceRow> absences,
    List<PlannedRow> earlier) {

  public ProblemRows {
    Objects.requireNonNull(firstDay, "first day");
    queues = List.copyOf(queues);
    sites = List.copyOf(sites);
    agents = List.copyOf(agents);
    requirement = List.copyOf(requirement);
    absences = List.copyOf(absences);
    earlier = List.copyOf(earlier);
  }

  /** A queue and the time zone its requirement's local times are in. */
  public record QueueRow(String code, ZoneId timeZone) {}

  /** A site with its time zone and office seats. */
  public record SiteRow(String code, ZoneId timeZone, int officeSeats) {}

  /** A contract: paid hours per week, longest run of working days, rest between shifts. */
  public record ContractRow(
      String code, int minHoursPerWeek, int maxHoursPerWeek, int maxConsecutiveDays, int minRestHours) {}

  /**
   * An agent.
   *
   * @param workMode OFFICE, HYBRID or REMOTE
   * @param skills queue code to level 1..5
   * @param previousConsecutiveDays days worked in a row (published) right before the first day
   */
  public record AgentRow(
      String code,
      String workMode,
      ZoneId homeTimeZone,
      String siteCode,
      ContractRow contract,
      Map<String, Integer> skills,
      int previousConsecutiveDays) {

    public AgentRow {
      skills = Map.copyOf(skills);
    }
  }

  /**
   * Agents required on a queue in one interval.
   *
   * @param intervalStart local date-time in the queue's time zone
   * @param intervalMinutes 15, 30 or 60 (a multiple of 15)
   * @param agents agents to schedule (with shrinkage), decimals allowed
   */
  public record RequirementRow(String queueCode, LocalDateTime intervalStart, int intervalMinutes, double agents) {}

  /** An absence, both dates inclusive, local days of the agent. */
  public record AbsenceRow(String agentCode, LocalDate from, LocalDate to) {}

  /**
   * A day of an earlier schedule: a shift (start and end instants, location) or a day off (empty start).
   *
   * @param published whether agents see it (then it is pinned)
   */
  public record PlannedRow(
      String agentCode,
      LocalDate day,
      Optional<Instant> start,
      Optional<Instant> end,
      String location,
      boolean published) {}
}
