package org.openwfm.simulator.des;

/** One contact in one run: mutable state owned by the simulation. Times in seconds. */
final class Contact {
  static final byte WAITING = 0;
  static final byte SERVED = 1;
  static final byte ABANDONED = 2;
  static final byte GONE = 3;

  final QueueState queue;

  /** Time the customer's place in line starts (kept for a callback). */
  final double arrival;

  /** Interval of arrival, to which all its statistics go. */
  final int interval;

  final double handleTime;
  final double afterContactWork;

  /** Patience drawn on arrival (seconds; infinite when the queue has none). */
  final double patience;

  /** Whether the customer would balk, and would accept a callback, drawn on arrival. */
  final boolean wouldBalk;

  final boolean acceptsCallback;
  final boolean repeat;
  final boolean retrial;
  byte state = WAITING;
  boolean callback;

  /** Waiting in an agent's personal line (last-agent affinity) rather than in the queue. */
  boolean inPersonalLine;

  /** The agent who served this customer's previous contact, or null. */
  Agent preferredAgent;

  /** The agent serving it. */
  Agent agent;

  Contact(
      QueueState queue,
      double arrival,
      int interval,
      double handleTime,
      double afterContactWork,
      double patience,
      boolean wouldBalk,
      boolean acceptsCallback,
      boolean repeat,
      boolean retrial) {
    this.queue = queue;
    this.arrival = arrival;
    this.interval = interval;
    this.handleTime = handleTime;
    this.afterContactWork = afterContactWork;
    this.patience = patience;
    this.wouldBalk = wouldBalk;
    this.acceptsCallback = acceptsCallback;
    this.repeat = repeat;
    this.retrial = retrial;
  }
}
