package org.openwfm.scheduling.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * An agent to schedule: contract, skills, work mode, site, home time zone, weekly availability
 * (local time per weekday; a weekday without a window is unavailable), approved time off and
 * preferences. Equality is identity: there is one Agent object per agent in a schedule.
 */
public final class Agent {

  @PlanningId private final String id;
  private final int index;
  private final Contract contract;
  private final WorkMode workMode;
  private final Site site;
  private final ZoneId timeZone;
  private final List<SkillLevel> skills;
  private final int officeDaysPerWeek;
  private final Map<DayOfWeek, TimeWindow> availability;
  private final Set<LocalDate> timeOff;
  private final Set<LocalDate> preferredDaysOff;
  private final TimeWindow preferredStart;
  private final TimeWindow allowedLocalHours;
  private final int previousConsecutiveDays;
  private final int[] qualifiedQueueIndexes;
  private final int[] qualifiedLevels;

  /**
   * Creates an agent.
   *
   * @param index position in the schedule's agent list (used to stagger breaks)
   * @param site the agent's office; required unless the work mode is REMOTE
   * @param officeDaysPerWeek office days a HYBRID agent should work each week (0 for others)
   * @param preferredStart local window the agent likes to start in, or null for no preference
   * @param allowedLocalHours local hours a REMOTE agent's shift must lie in
   * @param previousConsecutiveDays working days in a row just before the horizon
   */
  public Agent(
      String id,
      int index,
      Contract contract,
      WorkMode workMode,
      Site site,
      ZoneId timeZone,
      List<SkillLevel> skills,
      int officeDaysPerWeek,
      Map<DayOfWeek, TimeWindow> availability,
      Set<LocalDate> timeOff,
      Set<LocalDate> preferredDaysOff,
      TimeWindow preferredStart,
      TimeWindow allowedLocalHours,
      int previousConsecutiveDays) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("agent id is required");
    }
    if (contract == null || workMode == null || timeZone == null) {
      throw new IllegalArgumentException("agent " + id + ": contract, workMode, timeZone required");
    }
    if (site == null && workMode != WorkMode.REMOTE) {
      throw new IllegalArgumentException("agent " + id + ": a " + workMode + " agent needs a site");
    }
    if (officeDaysPerWeek < 0 || officeDaysPerWeek > 7) {
      throw new IllegalArgumentException("agent " + id + ": officeDaysPerWeek must be 0 to 7");
    }
    if (previousConsecutiveDays < 0) {
      throw new IllegalArgumentException("agent " + id + ": previousConsecutiveDays must be >= 0");
    }
    this.id = id;
    this.index = index;
    this.contract = contract;
    this.workMode = workMode;
    this.site = site;
    this.timeZone = timeZone;
    this.skills = List.copyOf(skills);
    this.officeDaysPerWeek = workMode == WorkMode.HYBRID ? officeDaysPerWeek : 0;
    this.availability =
        availability.isEmpty() ? new EnumMap<>(DayOfWeek.class) : new EnumMap<>(availability);
    this.timeOff = Set.copyOf(timeOff);
    this.preferredDaysOff = Set.copyOf(preferredDaysOff);
    this.preferredStart = preferredStart;
    this.allowedLocalHours = allowedLocalHours == null ? TimeWindow.WHOLE_DAY : allowedLocalHours;
    this.previousConsecutiveDays = previousConsecutiveDays;
    List<SkillLevel> qualified = this.skills.stream().filter(SkillLevel::qualifies).toList();
    this.qualifiedQueueIndexes = qualified.stream().mapToInt(s -> s.queue().index()).toArray();
    this.qualifiedLevels = qualified.stream().mapToInt(SkillLevel::level).toArray();
  }

  public String id() {
    return id;
  }

  public int index() {
    return index;
  }

  public Contract contract() {
    return contract;
  }

  public WorkMode workMode() {
    return workMode;
  }

  /** The agent's office site; empty for a remote agent without one. */
  public Optional<Site> site() {
    return Optional.ofNullable(site);
  }

  public ZoneId timeZone() {
    return timeZone;
  }

  public List<SkillLevel> skills() {
    return skills;
  }

  public int officeDaysPerWeek() {
    return officeDaysPerWeek;
  }

  /** The local window the agent is available on a weekday; empty when not available at all. */
  public Optional<TimeWindow> availability(DayOfWeek day) {
    return Optional.ofNullable(availability.get(day));
  }

  public boolean hasTimeOff(LocalDate date) {
    return timeOff.contains(date);
  }

  public boolean prefersDayOff(LocalDate date) {
    return preferredDaysOff.contains(date);
  }

  public Optional<TimeWindow> preferredStart() {
    return Optional.ofNullable(preferredStart);
  }

  /** Local hours a REMOTE agent's shifts must lie in (the whole day for others). */
  public TimeWindow allowedLocalHours() {
    return allowedLocalHours;
  }

  public int previousConsecutiveDays() {
    return previousConsecutiveDays;
  }

  /** Queue indexes this agent is qualified for (level at least the queue's minimum). */
  int[] qualifiedQueueIndexes() {
    return qualifiedQueueIndexes;
  }

  int[] qualifiedLevels() {
    return qualifiedLevels;
  }

  /** Whether the agent qualifies for at least one queue. */
  public boolean hasQualifyingSkill() {
    return qualifiedQueueIndexes.length > 0;
  }

  /** -1, 0 or +1: shifts this agent's breaks by a quarter hour so that breaks do not all align. */
  public int breakStagger() {
    return index % 3 - 1;
  }

  @Override
  public String toString() {
    return id;
  }
}
