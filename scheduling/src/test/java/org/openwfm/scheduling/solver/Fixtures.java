package org.openwfm.scheduling.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openwfm.scheduling.domain.Agent;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.BreakRules;
import org.openwfm.scheduling.domain.Contract;
import org.openwfm.scheduling.domain.CoverageModel;
import org.openwfm.scheduling.domain.Queue;
import org.openwfm.scheduling.domain.ScheduleHorizon;
import org.openwfm.scheduling.domain.ShiftPattern;
import org.openwfm.scheduling.domain.Site;
import org.openwfm.scheduling.domain.SkillLevel;
import org.openwfm.scheduling.domain.TimeWindow;
import org.openwfm.scheduling.domain.WorkMode;

/** Small hand-made model objects for constraint tests. */
final class Fixtures {

  static final ZoneId ZONE = ZoneId.of("Europe/Tallinn");
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  static final ScheduleHorizon HORIZON = new ScheduleHorizon(MONDAY, 1, ZONE);
  static final Queue VOICE = new Queue("voice-et", 0, 1);
  static final Queue CHAT = new Queue("chat-et", 1, 2);
  static final Site SITE = new Site("tallinn", ZONE, 1);
  static final Contract FULL_TIME =
      new Contract("full-time", 36 * 60, 40 * 60, 5, 11 * 60, List.of(510));

  private Fixtures() {}

  static Map<DayOfWeek, TimeWindow> allWeek(TimeWindow window) {
    Map<DayOfWeek, TimeWindow> map = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      map.put(day, window);
    }
    return map;
  }

  static Agent agent(String id, WorkMode mode) {
    return new AgentBuilder(id).mode(mode).build();
  }

  static ShiftPattern shift(String start, int lengthMinutes) {
    return new ShiftPattern(TimeWindow.parseMinute(start), lengthMinutes, BreakRules.DEFAULT);
  }

  /** A coverage model with one queue-slot requirement set, everything else 0. */
  static CoverageModel coverage(int[][] requirement) {
    return new CoverageModel(List.of(VOICE, CHAT), HORIZON.slotCount(), requirement);
  }

  static CoverageModel emptyCoverage() {
    return coverage(new int[2][HORIZON.slotCount()]);
  }

  static AgentDay day(Agent agent, int dayIndex, ShiftPattern pattern, CoverageModel coverage) {
    LocalDate date = MONDAY.plusDays(dayIndex);
    int midnight = HORIZON.slotOf(date.atStartOfDay(agent.timeZone()).toInstant());
    AgentDay day = new AgentDay(agent, date, dayIndex, midnight, 20 * 60, coverage, List.of());
    day.setPattern(pattern);
    return day;
  }

  static AgentDay day(Agent agent, int dayIndex, ShiftPattern pattern) {
    return day(agent, dayIndex, pattern, emptyCoverage());
  }

  /** Builds agents with defaults: full-time, voice level 3, available 06:00-22:00 every day. */
  static final class AgentBuilder {
    private final String id;
    private int index;
    private WorkMode mode = WorkMode.OFFICE;
    private ZoneId zone = ZONE;
    private Contract contract = FULL_TIME;
    private List<SkillLevel> skills = List.of(new SkillLevel(VOICE, 3));
    private int officeDays;
    private Map<DayOfWeek, TimeWindow> availability = allWeek(TimeWindow.parse("06:00", "22:00"));
    private Set<LocalDate> timeOff = Set.of();
    private Set<LocalDate> preferredOff = Set.of();
    private TimeWindow preferredStart;
    private TimeWindow remoteHours;
    private int previousDays;

    AgentBuilder(String id) {
      this.id = id;
      this.index = 1;
    }

    AgentBuilder index(int value) {
      index = value;
      return this;
    }

    AgentBuilder mode(WorkMode value) {
      mode = value;
      return this;
    }

    AgentBuilder zone(ZoneId value) {
      zone = value;
      return this;
    }

    AgentBuilder contract(Contract value) {
      contract = value;
      return this;
    }

    AgentBuilder skills(SkillLevel... value) {
      skills = List.of(value);
      return this;
    }

    AgentBuilder officeDays(int value) {
      officeDays = value;
      return this;
    }

    AgentBuilder availability(Map<DayOfWeek, TimeWindow> value) {
      availability = value;
      return this;
    }

    AgentBuilder timeOff(LocalDate... value) {
      timeOff = Set.of(value);
      return this;
    }

    AgentBuilder preferredOff(LocalDate... value) {
      preferredOff = Set.of(value);
      return this;
    }

    AgentBuilder preferredStart(TimeWindow value) {
      preferredStart = value;
      return this;
    }

    AgentBuilder remoteHours(TimeWindow value) {
      remoteHours = value;
      return this;
    }

    AgentBuilder previousDays(int value) {
      previousDays = value;
      return this;
    }

    Agent build() {
      return new Agent(
          id,
          index,
          contract,
          mode,
          mode == WorkMode.REMOTE ? null : SITE,
          zone,
          skills,
          officeDays,
          availability,
          timeOff,
          preferredOff,
          preferredStart,
          remoteHours,
          previousDays);
    }
  }
}
