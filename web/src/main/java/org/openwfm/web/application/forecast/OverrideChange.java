package org.openwfm.web.application.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A planner's change to one day or one interval of a queue: multiply offered contacts (and the band) by a factor,
 * or set a new total for the day. A reason is mandatory: it stays with the version.
 *
 * @param day the forecast day changed
 * @param intervalStart the interval changed (on {@code day}); empty for the whole day
 * @param factor the multiplier, 0 or more; exactly one of factor and total
 * @param total the day's new total of offered contacts, 0 or more; only for a whole day
 */
public record OverrideChange(String queue, LocalDate day, Optional<LocalDateTime> intervalStart,
    Optional<Double> factor, Optional<Double> total, String reason) {

  /** Longest reason the table holds. */
  public static final int MAX_REASON = 500;

  /** Checks the change on its own; messages name the field. */
  public OverrideChange {
    Objects.requireNonNull(intervalStart, "intervalStart");
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(total, "total");
    if (queue == null || queue.isBlank()) {
      throw new IllegalArgumentException("queue: expected the code of a queue of the forecast.");
    }
    if (day == null) {
      throw new IllegalArgumentException("day: expected a forecast day such as 2026-12-24.");
    }
    if (factor.isPresent() == total.isPresent()) {
      throw new IllegalArgumentException("factor, total: expected either a factor (e.g. 1.2) or a new total for "
          + "the day, not " + (factor.isPresent() ? "both." : "neither."));
    }
    if (factor.isPresent() && !(factor.get() >= 0 && factor.get() <= 100)) {
      throw new IllegalArgumentException("factor: expected a multiplier from 0 to 100 (e.g. 1.2 for +20%), found "
          + factor.get() + ".");
    }
    if (total.isPresent() && !(total.get() >= 0 && Double.isFinite(total.get()))) {
      throw new IllegalArgumentException("total: expected a number of contacts of 0 or more, found " + total.get() + ".");
    }
    if (total.isPresent() && intervalStart.isPresent()) {
      throw new IllegalArgumentException("total: a new total is for a whole day; for one interval give a factor.");
    }
    if (intervalStart.isPresent() && !intervalStart.get().toLocalDate().equals(day)) {
      throw new IllegalArgumentException("intervalStart: " + intervalStart.get() + " is not on day " + day + ".");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason: a reason is required (e.g. 'TV campaign on this day').");
    }
    reason = reason.strip();
    if (reason.length() > MAX_REASON) {
      throw new IllegalArgumentException("reason: expected at most " + MAX_REASON + " characters.");
    }
  }
}
