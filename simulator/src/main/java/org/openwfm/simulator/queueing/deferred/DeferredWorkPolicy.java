package org.openwfm.simulator.queueing.deferred;

/**
 * The service target of a deferred-work queue.
 *
 * @param deadlineSeconds time from the start of the arrival interval by which contacts must be
 *     answered, seconds, at least one interval (e.g. 28,800 for 8 hours)
 * @param targetFraction share of each interval's contacts that must be answered by the deadline, in
 *     (0, 1] (e.g. 0.95)
 * @param clock how the deadline is counted
 * @param minAgents agents in every open interval even without work, {@code >= 0}
 * @param initialBacklog contacts waiting before the first interval, {@code >= 0}; first in line
 */
public record DeferredWorkPolicy(
    double deadlineSeconds,
    double targetFraction,
    DeadlineClock clock,
    int minAgents,
    double initialBacklog) {

  public DeferredWorkPolicy {
    if (!(deadlineSeconds > 0) || Double.isInfinite(deadlineSeconds)) {
      throw new IllegalArgumentException(
          "deadlineSeconds must be a finite number > 0, got " + deadlineSeconds);
    }
    if (!(targetFraction > 0 && targetFraction <= 1)) {
      throw new IllegalArgumentException(
          "targetFraction must be a fraction in (0, 1], e.g. 0.95, got " + targetFraction);
    }
    if (clock == null) {
      throw new IllegalArgumentException("clock is required: OPEN_HOURS or CALENDAR");
    }
    if (minAgents < 0) {
      throw new IllegalArgumentException("minAgents must be an integer >= 0, got " + minAgents);
    }
    if (!(initialBacklog >= 0) || Double.isInfinite(initialBacklog)) {
      throw new IllegalArgumentException(
          "initialBacklog must be a finite number >= 0, got " + initialBacklog);
    }
  }

  /** 95% within the given hours, open hours, no floor, no initial backlog. */
  public static DeferredWorkPolicy within(double hours, double targetFraction) {
    return new DeferredWorkPolicy(hours * 3600, targetFraction, DeadlineClock.OPEN_HOURS, 0, 0);
  }
}
