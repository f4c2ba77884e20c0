package org.openwfm.scheduling.solver;

import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.AVAILABILITY;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.LATE_SHIFT_FAIRNESS;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.MAX_CONSECUTIVE_DAYS;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.MINIMUM_REST;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.OFFICE_DAYS;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.OFFICE_SEATS;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.OVER_COVERAGE;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.PREFERRED_DAY_OFF;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.PREFERRED_START;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.REMOTE_HOURS;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.SKILLS;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.STABILITY;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.TIME_OFF;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.UNDER_COVERAGE;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.WEEKEND_FAIRNESS;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.WEEKLY_MAXIMUM;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.WEEKLY_MINIMUM;
import static org.openwfm.scheduling.domain.ScheduleConstraintConfiguration.WORK_MODE_LOCATION;

import java.util.SortedSet;
import java.util.function.Function;
import org.openwfm.scheduling.domain.Agent;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.DaySlice;
import org.openwfm.scheduling.domain.WorkMode;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;

/**
 * The rules of the contact-centre schedule, one constraint per method. Weights come from {@link
 * org.openwfm.scheduling.domain.ScheduleConstraintConfiguration}; each match weight is in the unit
 * its justification names (minutes, days, agents). "One shift a day" is structural (one entity per
 * agent and date) and breaks are placed by rule inside each shift, so neither needs a constraint.
 */
public final class ScheduleConstraintProvider implements ConstraintProvider {

  // Shared instances let Bavet build the coverage group-by once for both coverage constraints.
  private static final Function<AgentDay, Iterable<DaySlice>> DAY_SLICES = AgentDay::daySlices;
  private static final Function<DaySlice, Integer> GRID_DAY = DaySlice::gridDay;
  private static final DayCoverageCollector COVERAGE = new DayCoverageCollector();

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      minimumRest(factory),
      maxConsecutiveDays(factory),
      weeklyMinimum(factory),
      weeklyMaximum(factory),
      availability(factory),
      timeOff(factory),
      remoteHours(factory),
      skills(factory),
      workModeLocation(factory),
      officeSeats(factory),
      underCoverage(factory),
      overCoverage(factory),
      preferredDayOff(factory),
      preferredStart(factory),
      weekendFairness(factory),
      lateShiftFairness(factory),
      officeDays(factory),
      stability(factory)
    };
  }

  // ---- hard rules

  /** Minutes short of the contract's minimum rest between shifts on consecutive days. */
  Constraint minimumRest(ConstraintFactory factory) {
    return factory
        .forEach(AgentDay.class)
        .filter(AgentDay::isWorking)
        .join(
            factory.forEach(AgentDay.class).filter(AgentDay::isWorking),
            Joiners.equal(AgentDay::getAgent),
            Joiners.equal(day -> day.getDayIndex() + 1, AgentDay::getDayIndex))
        .filter((first, second) -> restShortMinutes(first, second) > 0)
        .penalizeConfigurableLong(ScheduleConstraintProvider::restShortMinutes)
        .justifyWith(
            (first, second, score) ->
                new RestJustification(
                    first.getAgent().id(),
                    first.getDate(),
                    second.startGridMinute() - first.endGridMinute(),
                    first.getAgent().contract().minRestMinutes()))
        .asConstraint(MINIMUM_REST);
  }

  static long restShortMinutes(AgentDay first, AgentDay second) {
    int rest = second.startGridMinute() - first.endGridMinute();
    return Math.max(0, first.getAgent().contract().minRestMinutes() - rest);
  }

  /** Working days beyond the contract's maximum run of consecutive days. */
  Constraint maxConsecutiveDays(ConstraintFactory factory) {
    return factory
        .forEach(AgentDay.class)
        .filter(AgentDay::isWorking)
        .groupBy(AgentDay::getAgent, ConstraintCollectors.toSortedSet(AgentDay::getDayIndex))
        .filter((agent, days) -> excessConsecutiveDays(agent, days) > 0)
        .penalizeConfigurableLong(ScheduleConstraintProvider::excessConsecutiveDays)
        .justifyWith(
            (agent, days, score) ->
                new AgentPeriodJustification(
                    agent.id(),
                    "horizon",
                    excessConsecutiveDays(agent, days),
                    agent.contract().maxConsecutiveDays(),
                    "days beyond the maximum run"))
        .asConstraint(MAX_CONSECUTIVE_DAYS);
  }

  /** Sum over runs of consecutive working days of the days beyond the maximum. */
  static long excessConsecutiveDays(Agent agent, SortedSet<Integer> days) {
    int max = agent.contract().maxConsecutiveDays();
    long excess = 0;
    int run = 0;
    int previous = Integer.MIN_VALUE;
    for (int day : days) {
      if (day == previous + 1) {
        run++;
      } else {
        run = day == 0 ? agent.previousConsecutiveDays() + 1 : 1;
      }
      if (run > max) {
        excess++;
      }
      previous = day;
    }
    return excess;
  }

  /** Minutes short of the weekly minimum (approved time off credits a fifth of it per day). */
  Constraint weeklyMinimum(ConstraintFactory factory) {
    return factory
        .forEachIncludingNullVars(AgentDay.class)
        .groupBy(
            AgentDay::getAgent,
            AgentDay::getWeekIndex,
            ConstraintCollectors.sum(day -> day.paidMinutes() + day.timeOffCreditMinutes()))
        .filter((agent, week, minutes) -> minutes < agent.contract().minMinutesPerWeek())
        .penalizeConfigurableLong(
            (agent, week, minutes) -> agent.contract().minMinutesPerWeek() - minutes)
        .justifyWith(
            (agent, week, minutes, score) ->
                new AgentPeriodJustification(
                    agent.id(),
                    "week " + (week + 1),
                    minutes,
                    agent.contract().minMinutesPerWeek(),
                    "paid minutes"))
        .asConstraint(WEEKLY_MINIMUM);
  }

  /** Paid minutes beyond the weekly maximum. */
  Constraint weeklyMaximum(ConstraintFactory factory) {
    return factory
        .forEach(AgentDay.class)
        .filter(AgentDay::isWorking)
        .groupBy(
            AgentDay::getAgent, AgentDay::getWeekIndex, ConstraintCollectors.sum(AgentDay::paidMinutes))
        .filter((agent, week, minutes) -> minutes > agent.contract().maxMinutesPerWeek())
        .penalizeConfigurableLong(
            (agent, week, minutes) -> minutes - agent.contract().maxMinutesPerWeek())
        .justifyWith(
            (agent, week, minutes, score) ->
                new AgentPeriodJustification(
                    agent.id(),
                    "week " + (week + 1),
                    minutes,
                    agent.contract().maxMinutesPerWeek(),
                    "paid minutes"))
        .asConstraint(WEEKLY_MAXIMUM);
  }

  /** Shift minutes outside the agent's availability window of that weekday. */
  Constraint availability(ConstraintFactory factory) {
    return factory
        .forEach(AgentDay.class)
        .filter(day -> day.isWorking() && day.minutesOutsideAvailability() > 0)
        .penalizeConfigurableLong(AgentDay::minutesOutsideAvailability)
        .justifyWith(
            (day, score) -> dayJustification(day, day.minutesOutsideAvailability(), "minutes"))
        .asConstraint(AVAILABILITY);
  }

  /** Shift minutes on a day of approved time off. */
  Constraint timeOff(ConstraintFactory factory) {
    return factory
        .forEach(AgentDay.class)
        .filter(day -> day.isWorking() && day.isTimeOff())
        .penalizeConfigurableLong(day -> day.getPattern().lengthMinutes())
        .justifyWith(
            (day, score) ->
                dayJustification(day, day.getPattern().lengthMinutes(), "minutes on time off"))
        .asConstraint(TIME_OFF);
  }

  /** Minutes of a remote agent's shift outside the allowed local hours of its time zone. */
  Constraint remoteHours(ConstraintFactory factory) {
    return factory
        .forEach(AgentDay.class)
        .filter(day -> day.isWorking() && day.minutesOutsideRemoteHours() > 0)
        .penalizeConfigurableLong(AgentDay::minutesOutsideRemoteHours)
        .justifyWith(
            (day, score) ->
                dayJustification(day, day.minutesOutsideRemoteHours(), "minutes outside hours"))
        .asConstraint(REMOTE_HOURS);
  }

  /** Shift minutes of an agent who qualifies for no queue at all. */
  Constraint skills(ConstraintFactory factory) {
    return factory
        .forEach(AgentDay.class)
        .filter(day -> day.isWorking() && !day.getAgent().hasQualifyingSkill())
        .penalizeConfigurableLong(day -> day.getPattern().lengthMinutes())
        .justifyWith(
            (day, score) ->
                dayJustification(day, day.getPattern().lengthMinutes(), "minutes unqualified"))
        .asConstraint(SKILLS);
  }

  /** Shifts in the office for remote agents or at home for office agents (one per shift). */
  Constraint workModeLocation(ConstraintFactory factory) {
    return factory
        .forEach(AgentDay.class)
        .filter(day -> day.isWorking() && !day.locationAllowed())
        .penalizeConfigurableLong(day -> 1L)
        .justifyWith((day, score) -> dayJustification(day, 1, "shift in a forbidden location"))
        .asConstraint(WORK_MODE_LOCATION);
  }

  /** Agents beyond a site's office seats, per 15-minute slot. */
  Constraint officeSeats(ConstraintFactory factory) {
    return factory
        .forEach(AgentDay.class)
        .filter(AgentDay::isOfficeDay)
        .flattenLast(AgentDay::officeSlots)
        .groupBy(slot -> slot, ConstraintCollectors.count())
        .filter((slot, count) -> count > slot.site().officeSeats())
        .penalizeConfigurableLong((slot, count) -> count - slot.site().officeSeats())
        .justifyWith(
            (slot, count, score) ->
                new OfficeSeatJustification(
                    slot.site().id(), slot.slot(), count, slot.site().officeSeats()))
        .asConstraint(OFFICE_SEATS);
  }

  // ---- soft goals

  private static BiConstraintStream<Integer, DayCoverage> coverageByDay(ConstraintFactory factory) {
    return factory
        .forEachIncludingNullVars(AgentDay.class)
        .flattenLast(DAY_SLICES)
        .groupBy(GRID_DAY, COVERAGE);
  }

  /** Squared shortfall per queue and interval (1/100 agent² units), summed per grid day. */
  Constraint underCoverage(ConstraintFactory factory) {
    return coverageByDay(factory)
        .filter((day, coverage) -> coverage.underPenalty() > 0)
        .penalizeConfigurableLong((day, coverage) -> coverage.underPenalty())
        .justifyWith(
            (day, coverage, score) ->
                new CoverageJustification(
                    day,
                    coverage.gaps().stream().filter(g -> g.shortfallAgents() > 0).toList(),
                    coverage.underPenalty()))
        .asConstraint(UNDER_COVERAGE);
  }

  /** Surplus per queue and interval in hundredths of an agent, summed per grid day. */
  Constraint overCoverage(ConstraintFactory factory) {
    return coverageByDay(factory)
        .filter((day, coverage) -> coverage.overPenalty() > 0)
        .penalizeConfigurableLong((day, coverage) -> coverage.overPenalty())
        .justifyWith(
            (day, coverage, score) ->
                new CoverageJustification(
                    day,
                    coverage.gaps().stream().filter(g -> g.surplusAgents() > 0).toList(),
                    coverage.overPenalty()))
        .asConstraint(OVER_COVERAGE);
  }

  /** Shifts on a date the agent asked to have off (one per day). */
  Constraint preferredDayOff(ConstraintFactory factory) {
    return factory
        .forEach(AgentDay.class)
        .filter(day -> day.isWorking() && day.isPreferredDayOff())
        .penalizeConfigurableLong(day -> 1L)
        .justifyWith((day, score) -> dayJustification(day, 1, "day worked against preference"))
        .asConstraint(PREFERRED_DAY_OFF);
  }

  /** Minutes between the shift start and the agent's preferred start window. */
  Constraint preferredStart(ConstraintFactory factory) {
    return factory
        .forEach(AgentDay.class)
        .filter(day -> day.isWorking() && day.minutesFromPreferredStart() > 0)
        .penalizeConfigurableLong(AgentDay::minutesFromPreferredStart)
        .justifyWith(
            (day, score) ->
                dayJustification(day, day.minutesFromPreferredStart(), "minutes from preference"))
        .asConstraint(PREFERRED_START);
  }

  /** Square of each agent's weekend days worked: spreads weekends evenly. */
  Constraint weekendFairness(ConstraintFactory factory) {
    return factory
        .forEach(AgentDay.class)
        .filter(day -> day.isWorking() && day.isWeekend())
        .groupBy(AgentDay::getAgent, ConstraintCollectors.count())
        .penalizeConfigurableLong((agent, count) -> (long) count * count)
        .justifyWith(
            (agent, count, score) ->
                new AgentPeriodJustification(agent.id(), "horizon", count, 0, "weekend days²"))
        .asConstraint(WEEKEND_FAIRNESS);
  }

  /** Square of each agent's late shifts: spreads late shifts evenly. */
  Constraint lateShiftFairness(ConstraintFactory factory) {
    return factory
        .forEach(AgentDay.class)
        .filter(AgentDay::isLateShift)
        .groupBy(AgentDay::getAgent, ConstraintCollectors.count())
        .penalizeConfigurableLong((agent, count) -> (long) count * count)
        .justifyWith(
            (agent, count, score) ->
                new AgentPeriodJustification(agent.id(), "horizon", count, 0, "late shifts²"))
        .asConstraint(LATE_SHIFT_FAIRNESS);
  }

  /**
   * Days a hybrid agent's office days per week differ from the required number (capped by the
   * days worked that week), so office days are shared fairly.
   */
  Constraint officeDays(ConstraintFactory factory) {
    return factory
        .forEachIncludingNullVars(AgentDay.class)
        .filter(
            day ->
                day.getAgent().workMode() == WorkMode.HYBRID
                    && day.getAgent().officeDaysPerWeek() > 0)
        .groupBy(
            AgentDay::getAgent,
            AgentDay::getWeekIndex,
            ConstraintCollectors.sum(day -> day.isOfficeDay() ? 1 : 0),
            ConstraintCollectors.sum(day -> day.isWorking() ? 1 : 0))
        .filter((agent, week, office, worked) -> officeDayDeviation(agent, office, worked) > 0)
        .penalizeConfigurableLong(
            (agent, week, office, worked) -> officeDayDeviation(agent, office, worked))
        .justifyWith(
            (agent, week, office, worked, score) ->
                new AgentPeriodJustification(
                    agent.id(),
                    "week " + (week + 1),
                    office,
                    Math.min(agent.officeDaysPerWeek(), worked),
                    "office days"))
        .asConstraint(OFFICE_DAYS);
  }

  static long officeDayDeviation(Agent agent, int office, int worked) {
    return Math.abs(office - Math.min(agent.officeDaysPerWeek(), worked));
  }

  /** Days changed from the previous schedule (not published ones: those are pinned). */
  Constraint stability(ConstraintFactory factory) {
    return factory
        .forEachIncludingNullVars(AgentDay.class)
        .filter(day -> !day.isPinned() && day.changedFromPrevious())
        .penalizeConfigurableLong(day -> 1L)
        .justifyWith((day, score) -> dayJustification(day, 1, "day changed"))
        .asConstraint(STABILITY);
  }

  private static AgentDayJustification dayJustification(AgentDay day, long amount, String unit) {
    return new AgentDayJustification(
        day.getAgent().id(),
        day.getDate(),
        day.shift().map(Object::toString).orElse("off"),
        amount,
        unit);
  }
}
