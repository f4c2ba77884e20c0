package org.openwfm.scheduling.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Where breaks and lunch go inside a shift. Breaks are placed by rule, not by the solver: a lunch of
 * {@code lunchMinutes} (unpaid) in shifts of at least {@code lunchFromShiftMinutes}, starting near
 * the middle of the shift but inside [{@code lunchEarliestMinutes}, {@code lunchLatestMinutes}]
 * after the start; a paid break of {@code breakMinutes} every {@code breakEveryMinutes}, skipped
 * within an hour of lunch or in the last half hour. A stagger of -1, 0 or +1 quarter hours (per
 * agent) keeps breaks of agents who start together from all falling in the same interval. All
 * values are minutes and multiples of 15.
 */
public record BreakRules(
    int breakMinutes,
    int breakEveryMinutes,
    int lunchMinutes,
    int lunchFromShiftMinutes,
    int lunchEarliestMinutes,
    int lunchLatestMinutes) {

  /** 15-minute break every 2 hours, 30-minute lunch between hours 3 and 5 in shifts of 6 h+. */
  public static final BreakRules DEFAULT = new BreakRules(15, 120, 30, 360, 180, 300);

  public BreakRules {
    for (int value :
        new int[] {
          breakMinutes,
          breakEveryMinutes,
          lunchMinutes,
          lunchFromShiftMinutes,
          lunchEarliestMinutes,
          lunchLatestMinutes
        }) {
      if (value < 0 || value % 15 != 0) {
        throw new IllegalArgumentException(
            "break rules: every value must be a non-negative multiple of 15 minutes, got " + value);
      }
    }
    if (breakEveryMinutes == 0 && breakMinutes > 0) {
      throw new IllegalArgumentException("break rules: breakEveryMinutes must be positive");
    }
    if (lunchLatestMinutes < lunchEarliestMinutes + lunchMinutes) {
      throw new IllegalArgumentException(
          "break rules: lunch window [earliest, latest] must fit the lunch");
    }
  }

  /** The breaks and lunch of a shift of the given length, for a stagger of -1, 0 or +1. */
  public List<Activity> activities(int shiftLengthMinutes, int stagger) {
    List<Activity> activities = new ArrayList<>();
    int lunchStart = -1;
    if (lunchMinutes > 0 && shiftLengthMinutes >= lunchFromShiftMinutes) {
      int middle = (shiftLengthMinutes - lunchMinutes) / 2 / 15 * 15 + 15 * stagger;
      int latestStart = Math.min(lunchLatestMinutes, shiftLengthMinutes) - lunchMinutes;
      lunchStart = Math.max(lunchEarliestMinutes, Math.min(latestStart, middle));
      lunchStart = Math.max(15, Math.min(lunchStart, shiftLengthMinutes - lunchMinutes - 15));
      activities.add(new Activity(ActivityType.LUNCH, lunchStart, lunchMinutes));
    }
    if (breakMinutes > 0) {
      for (int at = breakEveryMinutes + 15 * stagger;
          at + breakMinutes <= shiftLengthMinutes - 30;
          at += breakEveryMinutes) {
        boolean nearLunch =
            lunchStart >= 0 && at + breakMinutes > lunchStart - 60 && at < lunchStart + lunchMinutes + 60;
        if (!nearLunch && at > 0) {
          activities.add(new Activity(ActivityType.BREAK, at, breakMinutes));
        }
      }
    }
    activities.sort((a, b) -> Integer.compare(a.offsetMinutes(), b.offsetMinutes()));
    return List.copyOf(activities);
  }
}
