package org.openwfm.scheduling.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The planning solution: the horizon, queues, sites, agents, the requirement, the weights and one
 * {@link AgentDay} per agent and date of the horizon. Build it with {@link #create}.
 */
@PlanningSolution
public class Schedule {

  private ScheduleHorizon horizon;
  private ScheduleRules rules;
  private CoverageModel coverage;

  @ProblemFactCollectionProperty private List<Queue> queues;
  @ProblemFactCollectionProperty private List<Site> sites;
  @ProblemFactCollectionProperty private List<Agent> agents;

  /** Every shift pattern in some value range: registered so move threads can look them up. */
  @ProblemFactCollectionProperty private List<ShiftPattern> patterns;

  @ConstraintConfigurationProvider private ScheduleConstraintConfiguration configuration;

  @PlanningEntityCollectionProperty private List<AgentDay> agentDays;

  @PlanningScore private HardSoftLongScore score;

  /** For OptaPlanner's solution cloner. */
  public Schedule() {}

  /**
   * Builds the agent days of a problem: the value range of each day holds the shift patterns
   * (contract lengths, starts on the 15-minute grid) that fit the day's availability and, for
   * remote agents, their allowed local hours; a day of approved time off has none. Earlier
   * decisions become the stability reference; published ones are pinned.
   *
   * @param requirement requirement[queue index][slot] in hundredths of an agent
   */
  public static Schedule create(
      ScheduleHorizon horizon,
      ScheduleRules rules,
      List<Queue> queues,
      List<Site> sites,
      List<Agent> agents,
      int[][] requirement,
      List<PlannedDay> previous,
      ScheduleConstraintConfiguration configuration) {
    Schedule schedule = new Schedule();
    schedule.horizon = horizon;
    schedule.rules = rules;
    schedule.queues = List.copyOf(queues);
    schedule.sites = List.copyOf(sites);
    schedule.agents = List.copyOf(agents);
    schedule.configuration = configuration;
    schedule.coverage = new CoverageModel(queues, horizon.slotCount(), requirement);
    Map<Integer, ShiftPattern> catalog = new HashMap<>();
    Map<String, AgentDay> byKey = new HashMap<>();
    List<AgentDay> days = new ArrayList<>();
    for (Agent agent : agents) {
      for (int d = 0; d < horizon.days(); d++) {
        LocalDate date = horizon.startDate().plusDays(d);
        int midnightSlot = horizon.slotOf(date.atStartOfDay(agent.timeZone()).toInstant());
        List<ShiftPattern> range = patternRange(agent, date, rules.breaks(), catalog);
        AgentDay day =
            new AgentDay(
                agent, date, d, midnightSlot, rules.lateShiftEndMinute(), schedule.coverage, range);
        days.add(day);
        byKey.put(day.getId(), day);
      }
    }
    for (PlannedDay planned : previous) {
      AgentDay day = byKey.get(planned.agentId() + "/" + planned.date());
      if (day == null) {
        continue;
      }
      Optional<ShiftPattern> pattern = planned.pattern().map(p -> intern(p, catalog));
      Location location = pattern.isPresent() ? planned.location() : day.getLocation();
      day.setPrevious(pattern, location);
      if (planned.published()) {
        pattern.ifPresent(
            p -> {
              if (!day.getPatternRange().contains(p)) {
                day.getPatternRange().add(p);
              }
            });
        if (!day.getLocationRange().contains(location)) {
          throw new IllegalArgumentException(
              "published day " + day.getId() + ": location " + location
                  + " is not allowed for a " + day.getAgent().workMode() + " agent");
        }
        day.setPattern(pattern.orElse(null));
        day.setLocation(location);
        day.setPinned(true);
      }
    }
    schedule.agentDays = days;
    schedule.patterns = List.copyOf(catalog.values());
    return schedule;
  }

  private static ShiftPattern intern(ShiftPattern pattern, Map<Integer, ShiftPattern> catalog) {
    return catalog.computeIfAbsent(pattern.hashCode(), k -> pattern);
  }

  private static List<ShiftPattern> patternRange(
      Agent agent, LocalDate date, BreakRules breaks, Map<Integer, ShiftPattern> catalog) {
    if (agent.hasTimeOff(date)) {
      return List.of();
    }
    Optional<TimeWindow> window = agent.availability(date.getDayOfWeek());
    if (agent.workMode() == WorkMode.REMOTE) {
      window = window.flatMap(w -> w.intersect(agent.allowedLocalHours()));
    }
    if (window.isEmpty()) {
      return List.of();
    }
    List<ShiftPattern> range = new ArrayList<>();
    int from = (window.get().fromMinute() + 14) / 15 * 15;
    for (int length : agent.contract().shiftLengthsMinutes()) {
      for (int start = from; start + length <= window.get().toMinute(); start += 15) {
        int s = start;
        range.add(
            catalog.computeIfAbsent(
                new ShiftPattern(s, length, breaks).hashCode(),
                k -> new ShiftPattern(s, length, breaks)));
      }
    }
    return range;
  }

  public ScheduleHorizon getHorizon() {
    return horizon;
  }

  public ScheduleRules getRules() {
    return rules;
  }

  public CoverageModel getCoverage() {
    return coverage;
  }

  public List<Queue> getQueues() {
    return queues;
  }

  public List<Site> getSites() {
    return sites;
  }

  public List<Agent> getAgents() {
    return agents;
  }

  public ScheduleConstraintConfiguration getConfiguration() {
    return configuration;
  }

  public List<ShiftPattern> getPatterns() {
    return patterns;
  }

  public List<AgentDay> getAgentDays() {
    return agentDays;
  }

  public HardSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardSoftLongScore score) {
    this.score = score;
  }
}
