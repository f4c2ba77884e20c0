package org.openwfm.scheduling.domain;

import java.util.List;

/**
 * A shift of a given length with its breaks placed: the activities, the 15-minute slots (counted
 * from the shift start) in which the agent is available for contacts, and the paid minutes (the
 * length minus lunch).
 */
public record ShiftLayout(List<Activity> activities, int[] workedSlotOffsets, int paidMinutes) {

  /** Lays out a shift by the rules. */
  public static ShiftLayout of(int lengthMinutes, int stagger, BreakRules rules) {
    List<Activity> activities = rules.activities(lengthMinutes, stagger);
    int slots = lengthMinutes / 15;
    boolean[] away = new boolean[slots];
    int lunch = 0;
    for (Activity activity : activities) {
      for (int m = activity.offsetMinutes(); m < activity.endOffsetMinutes(); m += 15) {
        away[m / 15] = true;
      }
      if (activity.type() == ActivityType.LUNCH) {
        lunch += activity.lengthMinutes();
      }
    }
    int count = 0;
    for (boolean a : away) {
      count += a ? 0 : 1;
    }
    int[] worked = new int[count];
    int next = 0;
    for (int s = 0; s < slots; s++) {
      if (!away[s]) {
        worked[next++] = s;
      }
    }
    return new ShiftLayout(activities, worked, lengthMinutes - lunch);
  }
}
