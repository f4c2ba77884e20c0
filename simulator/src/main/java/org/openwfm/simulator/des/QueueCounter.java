package org.openwfm.simulator.des;

/**
 * What a run counts per queue and interval. Counts and sums go to the interval in which the contact
 * arrived (entered the queue); {@link #BACKLOG} is the number waiting at the end of the interval.
 */
public enum QueueCounter {
  /** Contacts arriving, before IVR self-service and bot deflection. */
  ARRIVALS,
  SELF_SERVED,
  DEFLECTED,
  /** Contacts entering the queue: first contacts, repeats and retrials. */
  OFFERED,
  REPEATS,
  RETRIALS,
  SERVED,
  /** Waiting customers who ran out of patience (balking not included). */
  ABANDONED,
  BALKED,
  ABANDONED_AFTER_THRESHOLD,
  ANSWERED_WITHIN_THRESHOLD,
  CALLBACKS,
  /** Sum of waits of served contacts, seconds. */
  WAIT_SERVED,
  /** Sum of waits of abandoning contacts until they abandoned, seconds. */
  WAIT_ABANDONED,
  BACKLOG,
  /** Contacts still waiting when the run ends (e-mail left in the backlog, or nobody on duty). */
  UNSERVED;

  static final int COUNT = values().length;
}
