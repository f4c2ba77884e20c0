package org.openwfm.forecasting.events;

import java.util.Objects;

/**
 * What an event kind did to one queue's daily volume in the history, as multipliers of the volume
 * expected without the event (1 = no effect).
 *
 * @param kind the event kind, e.g. {@code holiday}; {@link EventEffectLearner#CLOSURE_KIND} for
 *     open weekdays without any data in the history (an unannounced closure)
 * @param occurrences how many past occurrences the effect was learned from (0 = never seen)
 * @param dayFactor multiplier of the daily total on the event's days
 * @param dayBeforeFactor multiplier on the last open day before the event
 * @param dayAfterFactor multiplier on the first open day after the event
 * @param closed true when the queue had no data on any past occurrence: forecast days of this kind
 *     stay closed
 */
public record EventEffect(
    String kind,
    int occurrences,
    double dayFactor,
    double dayBeforeFactor,
    double dayAfterFactor,
    boolean closed) {

  /** Validates the factors. */
  public EventEffect {
    Objects.requireNonNull(kind, "kind");
    if (occurrences < 0 || !(dayFactor >= 0) || !(dayBeforeFactor >= 0) || !(dayAfterFactor >= 0)) {
      throw new IllegalArgumentException("event effect of " + kind + " has a negative value");
    }
  }
}
