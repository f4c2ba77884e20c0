package org.openwfm.scheduling.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * The planning entity: one agent on one local calendar date. The solver chooses a shift pattern
 * (or none: a day off) and a location. Times are local to the agent's home time zone; {@code
 * midnightSlot} places local midnight on the requirement grid. The value range holds only patterns
 * that respect availability, time off and remote hours, which keeps the search small; the hard
 * constraints check the same rules again so that swaps and hand edits are judged too.
 */
@PlanningEntity
public class AgentDay {

  @PlanningId private String id;
  private Agent agent;
  private LocalDate date;
  private int dayIndex;
  private int midnightSlot;
  private int clockChangeMinute;
  private int clockChangeDelta;
  private int lateShiftEndMinute;
  private CoverageModel coverage;
  private List<ShiftPattern> patternRange;
  private List<Location> locationRange;
  private ShiftPattern previousPattern;
  private Location previousLocation;
  private boolean hasPrevious;

  @PlanningPin private boolean pinned;

  @PlanningVariable(valueRangeProviderRefs = "patternRange", nullable = true)
  private ShiftPattern pattern;

  @PlanningVariable(valueRangeProviderRefs = "locationRange")
  private Location location;

  /** For OptaPlanner's solution cloner. */
  public AgentDay() {}

  /**
   * Creates an agent day without a shift.
   *
   * @param dayIndex days since the horizon start (0-based)
   * @param midnightSlot grid slot of the agent's local midnight of {@code date}
   */
  public AgentDay(
      Agent agent,
      LocalDate date,
      int dayIndex,
      int midnightSlot,
      int lateShiftEndMinute,
      CoverageModel coverage,
      List<ShiftPattern> patternRange) {
    this.id = agent.id() + "/" + date;
    this.agent = agent;
    this.date = date;
    this.dayIndex = dayIndex;
    this.midnightSlot = midnightSlot;
    this.clockChangeMinute = 24 * 60 + 1;
    ZoneId zone = agent.timeZone();
    ZoneOffsetTransition change =
        zone.getRules().nextTransition(date.atStartOfDay(zone).toInstant());
    if (change != null
        && change.getInstant().isBefore(date.plusDays(1).atStartOfDay(zone).toInstant())) {
      int before = change.getDateTimeBefore().toLocalTime().toSecondOfDay() / 60;
      int after = change.getDateTimeAfter().toLocalTime().toSecondOfDay() / 60;
      this.clockChangeMinute = Math.max(before, after);
      this.clockChangeDelta =
          (change.getOffsetAfter().getTotalSeconds() - change.getOffsetBefore().getTotalSeconds())
              / 60;
    }
    this.lateShiftEndMinute = lateShiftEndMinute;
    this.coverage = coverage;
    this.patternRange = new ArrayList<>(patternRange);
    this.locationRange =
        switch (agent.workMode()) {
          case OFFICE -> List.of(Location.OFFICE);
          case REMOTE -> List.of(Location.HOME);
          case HYBRID -> List.of(Location.HOME, Location.OFFICE);
        };
    this.location = locationRange.get(0);
  }

  @ValueRangeProvider(id = "patternRange")
  public List<ShiftPattern> getPatternRange() {
    return patternRange;
  }

  @ValueRangeProvider(id = "locationRange")
  public List<Location> getLocationRange() {
    return locationRange;
  }

  public String getId() {
    return id;
  }

  public Agent getAgent() {
    return agent;
  }

  public LocalDate getDate() {
    return date;
  }

  public int getDayIndex() {
    return dayIndex;
  }

  public int getWeekIndex() {
    return dayIndex / 7;
  }

  public int getMidnightSlot() {
    return midnightSlot;
  }

  public CoverageModel getCoverage() {
    return coverage;
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  /** The shift pattern, empty for a day off. */
  public Optional<ShiftPattern> shift() {
    return Optional.ofNullable(pattern);
  }

  public ShiftPattern getPattern() {
    return pattern;
  }

  public void setPattern(ShiftPattern pattern) {
    this.pattern = pattern;
  }

  public Location getLocation() {
    return location;
  }

  public void setLocation(Location location) {
    this.location = location;
  }

  /** Records the earlier schedule's decision for this day (used by the stability constraint). */
  public void setPrevious(Optional<ShiftPattern> previousPattern, Location previousLocation) {
    this.previousPattern = previousPattern.orElse(null);
    this.previousLocation = previousLocation;
    this.hasPrevious = true;
  }

  public boolean hasPrevious() {
    return hasPrevious;
  }

  /** Whether the day differs from the earlier schedule (false when there is none). */
  public boolean changedFromPrevious() {
    if (!hasPrevious) {
      return false;
    }
    if (pattern == null || previousPattern == null) {
      return pattern != previousPattern;
    }
    return !pattern.equals(previousPattern) || location != previousLocation;
  }

  public boolean isWorking() {
    return pattern != null;
  }

  public boolean isWeekend() {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  public boolean isLateShift() {
    return pattern != null && pattern.endMinute() > lateShiftEndMinute;
  }

  public boolean isOfficeDay() {
    return pattern != null && location == Location.OFFICE;
  }

  public boolean isTimeOff() {
    return agent.hasTimeOff(date);
  }

  public boolean isPreferredDayOff() {
    return agent.prefersDayOff(date);
  }

  /** Paid minutes of the shift (length minus lunch), 0 on a day off. */
  public int paidMinutes() {
    return pattern == null ? 0 : pattern.layout(agent.breakStagger()).paidMinutes();
  }

  /** Minutes credited towards the weekly minimum for approved time off on this day. */
  public int timeOffCreditMinutes() {
    return isTimeOff() ? agent.contract().minMinutesPerWeek() / 5 : 0;
  }

  /** Shift start in minutes since the grid start (may be negative). */
  public int startGridMinute() {
    return midnightSlot * ScheduleHorizon.SLOT_MINUTES + realMinutesAfterMidnight();
  }

  /**
   * Real minutes from local midnight to the local start: differs from the clock time after a
   * daylight-saving change on this date (e.g. 08:00 is 7 h after midnight when clocks went forward).
   */
  private int realMinutesAfterMidnight() {
    int start = pattern.startMinute();
    return start >= clockChangeMinute ? start - clockChangeDelta : start;
  }

  /** Shift end in minutes since the grid start. */
  public int endGridMinute() {
    return startGridMinute() + pattern.lengthMinutes();
  }

  /** Shift minutes outside the agent's availability for this weekday. */
  public int minutesOutsideAvailability() {
    if (pattern == null) {
      return 0;
    }
    return agent
        .availability(date.getDayOfWeek())
        .map(w -> w.minutesOutside(pattern.startMinute(), pattern.endMinute()))
        .orElse(pattern.lengthMinutes());
  }

  /** Shift minutes outside a REMOTE agent's allowed local hours (0 for others). */
  public int minutesOutsideRemoteHours() {
    if (pattern == null || agent.workMode() != WorkMode.REMOTE) {
      return 0;
    }
    return agent.allowedLocalHours().minutesOutside(pattern.startMinute(), pattern.endMinute());
  }

  /** Minutes between the shift start and the agent's preferred start window (0 inside). */
  public int minutesFromPreferredStart() {
    if (pattern == null) {
      return 0;
    }
    return agent.preferredStart().map(w -> w.distanceMinutes(pattern.startMinute())).orElse(0);
  }

  /** Whether the location is one the agent's work mode allows. */
  public boolean locationAllowed() {
    return switch (agent.workMode()) {
      case OFFICE -> location == Location.OFFICE;
      case REMOTE -> location == Location.HOME;
      case HYBRID -> true;
    };
  }

  /** Grid slots in which the agent is on the phone (breaks and lunch left out). */
  public int[] workedSlots() {
    if (pattern == null) {
      return new int[0];
    }
    int[] offsets = pattern.layout(agent.breakStagger()).workedSlotOffsets();
    int first = midnightSlot + realMinutesAfterMidnight() / ScheduleHorizon.SLOT_MINUTES;
    int[] slots = new int[offsets.length];
    for (int i = 0; i < offsets.length; i++) {
      slots[i] = first + offsets[i];
    }
    return slots;
  }

  /** Grid days this agent day can touch, each with a slice (static: does not depend on the shift). */
  public List<DaySlice> daySlices() {
    List<DaySlice> slices = new ArrayList<>(2);
    int firstDay = Math.floorDiv(midnightSlot, ScheduleHorizon.SLOTS_PER_DAY);
    int lastDay = Math.floorDiv(midnightSlot + ScheduleHorizon.SLOTS_PER_DAY - 1,
        ScheduleHorizon.SLOTS_PER_DAY);
    int gridDays = coverage.slotCount() / ScheduleHorizon.SLOTS_PER_DAY;
    for (int day = firstDay; day <= lastDay; day++) {
      if (day >= 0 && day < gridDays) {
        slices.add(new DaySlice(this, day));
      }
    }
    return slices;
  }

  /** Seats the shift occupies at the agent's site, one per slot of the whole shift. */
  public List<OfficeSlot> officeSlots() {
    if (pattern == null || location != Location.OFFICE || agent.site().isEmpty()) {
      return List.of();
    }
    int first = midnightSlot + realMinutesAfterMidnight() / ScheduleHorizon.SLOT_MINUTES;
    int count = pattern.lengthMinutes() / ScheduleHorizon.SLOT_MINUTES;
    List<OfficeSlot> slots = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      slots.add(new OfficeSlot(agent.site().get(), first + i));
    }
    return slots;
  }

  @Override
  public String toString() {
    return id + (pattern == null ? " off" : " " + pattern + " " + location);
  }
}
