package org.openwfm.simulator.queueing;

/**
 * Chat concurrency: an agent works up to {@code sessionsPerAgent} sessions at once.
 *
 * <p>Model: every agent is {@code k} independent slots and the queue is an Erlang C or A queue with
 * {@code n k} servers. A session handled alone takes the forecast AHT; handling several at once
 * slows each one down, so a session lasts {@code aht (1 + slowdown (k - 1))}. With slowdown 0 an
 * agent with k sessions is as fast as k agents; with slowdown 1 concurrency gains nothing. The
 * slots model takes every session to last as long as at full concurrency, which errs on the safe
 * side when agents are not always full.
 *
 * @param sessionsPerAgent maximum concurrent sessions per agent, {@code >= 1} (1 for voice)
 * @param slowdown relative lengthening of a session per additional concurrent session, in [0, 1]
 */
public record Concurrency(int sessionsPerAgent, double slowdown) {

  /** One contact at a time, no slowdown: voice, callbacks, e-mail. */
  public static final Concurrency NONE = new Concurrency(1, 0);

  public Concurrency {
    Checks.atLeast("sessionsPerAgent", sessionsPerAgent, 1);
    if (!(slowdown >= 0 && slowdown <= 1)) {
      throw new IllegalArgumentException("slowdown must be a fraction in [0, 1], got " + slowdown);
    }
  }

  /** Length of a session at full concurrency, seconds, from the handle time of a session alone. */
  public double sessionAhtSeconds(double ahtSeconds) {
    return ahtSeconds * (1 + slowdown * (sessionsPerAgent - 1));
  }
}
