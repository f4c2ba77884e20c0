package org.openwfm.scheduling.domain;

/** A break or lunch inside a shift, {@code offsetMinutes} after the shift start. */
public record Activity(ActivityType type, int offsetMinutes, int lengthMinutes) {

  public Activity {
    if (offsetMinutes < 0 || lengthMinutes <= 0) {
      throw new IllegalArgumentException("activity needs offset >= 0 and length > 0");
    }
  }

  public int endOffsetMinutes() {
    return offsetMinutes + lengthMinutes;
  }
}
