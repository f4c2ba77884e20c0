package org.openwfm.web.application.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A planner's request to generate a schedule (the JSON body of {@code POST /api/schedules}).
 *
 * @param name shown in lists
 * @param requirementId the requirement to cover
 * @param firstDay yyyy-MM-dd, the first day of the period
 * @param weeks 1 to 6
 * @param timeLimitSeconds how long the solver may search, 5 to 3600; default {@link #DEFAULT_TIME_LIMIT_SECONDS}
 */
public record NewSchedule(
    String name, Long requirementId, String firstDay, Integer weeks, Integer timeLimitSeconds) {

  /** The solver's time limit when the planner does not choose one. */
  public static final int DEFAULT_TIME_LIMIT_SECONDS = 60;

  public static final int MIN_TIME_LIMIT_SECONDS = 5;
  public static final int MAX_TIME_LIMIT_SECONDS = 3600;

  /** The first day, or a message naming the field. */
  public LocalDate firstDayDate() {
    if (firstDay == null || firstDay.isBlank()) {
      throw new IllegalArgumentException("firstDay: the first day (yyyy-MM-dd) is required.");
    }
    try {
      return LocalDate.parse(firstDay.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("firstDay: expected a date yyyy-MM-dd, was '" + firstDay + "'.");
    }
  }

  /** The time limit in seconds, checked. */
  public int timeLimit() {
    int limit = timeLimitSeconds == null ? DEFAULT_TIME_LIMIT_SECONDS : timeLimitSeconds;
    if (limit < MIN_TIME_LIMIT_SECONDS || limit > MAX_TIME_LIMIT_SECONDS) {
      throw new IllegalArgumentException(
          "timeLimitSeconds: expected " + MIN_TIME_LIMIT_SECONDS + " to " + MAX_TIME_LIMIT_SECONDS + ", was "
              + limit + ".");
    }
    return limit;
  }
}
