package org.openwfm.forecasting.data;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A dated event from the events CSV: a holiday, holiday eve, promotion, outage, ... spanning whole
 * days.
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param kind the category whose effect is learned from history (e.g. {@code holiday})
 * @param name a human name (e.g. {@code Passover})
 * @param queue the queue it applies to; empty for all queues
 * @param factor a planner's multiplier of the daily volume that wins over the learned effect
 */
public record Event(
    LocalDate from,
    LocalDate to,
    String kind,
    String name,
    Optional<String> queue,
    OptionalDouble factor) {

  /** Validates dates, kind and factor. */
  public Event {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(queue, "queue");
    Objects.requireNonNull(factor, "factor");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("event " + name + " ends before it starts");
    }
    if (kind.isBlank()) {
      throw new IllegalArgumentException("event " + name + " has no kind");
    }
    if (factor.isPresent() && !(factor.getAsDouble() >= 0)) {
      throw new IllegalArgumentException("event " + name + " has a negative factor");
    }
  }

  /** True when the event covers the day. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** True when the event applies to the queue. */
  public boolean appliesTo(String queueName) {
    return queue.map(queueName::equals).orElse(true);
  }
}
