package org.openwfm.web.application.requirement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a queue's shrinkage comes from, in order: the planner's override on the queue's targets; else the
 * absenteeism of the agents skilled for the queue from HR's absence records (unplanned absence weekdays, every
 * code but VACATION, over the agents' weekdays of the period, as the HR absenteeism report counts it), when HR
 * recorded any absence in the period; else the contact-centre average of 10%.
 *
 * @param shrinkage share of paid time not available for contacts, 0 to below 1
 * @param source what people read: which of the three, and its basis
 */
public record ShrinkageEstimate(double shrinkage, String source) {

  /** The contact-centre average, used until HR data gives the real rate. */
  public static final double DEFAULT = 0.10;

  /** Days of absence history the estimate looks back on. */
  public static final int LOOKBACK_DAYS = 90;

  /**
   * One absence as HR recorded it.
   *
   * @param agentId the agent
   * @param code SICK, VACATION, ...; VACATION is planned leave, not absenteeism
   * @param from first day, inclusive
   * @param to last day, inclusive
   */
  public record AbsenceSpan(long agentId, String code, LocalDate from, LocalDate to) {}

  /**
   * The estimate for one queue.
   *
   * @param override the planner's shrinkage for the queue, or null
   * @param skilledAgents ids of the agents with a skill for the queue
   * @param absences HR's absences of all agents overlapping the period
   * @param from first day of the period
   * @param to last day of the period
   */
  public static ShrinkageEstimate of(
      Double override, Set<Long> skilledAgents, List<AbsenceSpan> absences, LocalDate from, LocalDate to) {
    if (override != null) {
      return new ShrinkageEstimate(override, "planner's override " + percent(override));
    }
    if (absences.isEmpty()) {
      return new ShrinkageEstimate(DEFAULT, "default " + percent(DEFAULT) + " (no HR absence records " + from
          + " to " + to + ")");
    }
    if (skilledAgents.isEmpty()) {
      return new ShrinkageEstimate(DEFAULT, "default " + percent(DEFAULT) + " (no agents skilled for the queue)");
    }
    long weekdays = weekdays(from, to);
    long absent = 0;
    for (AbsenceSpan absence : absences) {
      if (skilledAgents.contains(absence.agentId()) && !"VACATION".equals(absence.code())) {
        LocalDate start = absence.from().isBefore(from) ? from : absence.from();
        LocalDate end = absence.to().isAfter(to) ? to : absence.to();
        if (!end.isBefore(start)) {
          absent += weekdays(start, end);
        }
      }
    }
    long working = skilledAgents.size() * weekdays;
    double rate = working == 0 ? 0 : Math.min(0.9, (double) absent / working);
    return new ShrinkageEstimate(rate, "HR absenteeism " + percent(rate) + " of " + skilledAgents.size()
        + " skilled agents, " + from + " to " + to);
  }

  static long weekdays(LocalDate from, LocalDate to) {
    long count = 0;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        count++;
      }
    }
    return count;
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
