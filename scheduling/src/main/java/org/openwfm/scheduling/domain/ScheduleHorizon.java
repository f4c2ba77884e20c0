package org.openwfm.scheduling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The planning period: {@code weeks} whole weeks (1 to 6) from {@code startDate}, and the centre's
 * time zone that anchors the requirement grid. The grid is a sequence of 15-minute intervals
 * ("slots") from local midnight of the start date in that zone; slot {@code i} starts {@code 15 i}
 * minutes later. Days of the grid are blocks of 96 slots.
 */
public record ScheduleHorizon(LocalDate startDate, int weeks, ZoneId timeZone) {

  /** Minutes in one interval of the requirement grid. */
  public static final int SLOT_MINUTES = 15;

  /** Slots in one day of the grid. */
  public static final int SLOTS_PER_DAY = 24 * 60 / SLOT_MINUTES;

  public ScheduleHorizon {
    if (startDate == null || timeZone == null) {
      throw new IllegalArgumentException("horizon needs a start date and a time zone");
    }
    if (weeks < 1 || weeks > 6) {
      throw new IllegalArgumentException("horizon must be 1 to 6 weeks, got " + weeks);
    }
  }

  public int days() {
    return weeks * 7;
  }

  public int slotCount() {
    return days() * SLOTS_PER_DAY;
  }

  public Instant startInstant() {
    return startDate.atStartOfDay(timeZone).toInstant();
  }

  /**
   * The slot index at which an instant falls (may be negative or beyond the grid); the instant
   * must lie on the 15-minute grid.
   */
  public int slotOf(Instant instant) {
    long minutes = java.time.Duration.between(startInstant(), instant).toMinutes();
    if (Math.floorMod(minutes, SLOT_MINUTES) != 0) {
      throw new IllegalArgumentException(
          "time " + instant + " is not on the 15-minute grid of the horizon");
    }
    return (int) Math.floorDiv(minutes, SLOT_MINUTES);
  }

  /** The start of a slot as a date-time with the offset of the given zone. */
  public OffsetDateTime slotStart(int slot, ZoneId zone) {
    return startInstant().plusSeconds(slot * SLOT_MINUTES * 60L).atZone(zone).toOffsetDateTime();
  }
}
