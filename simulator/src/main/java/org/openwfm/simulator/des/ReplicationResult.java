package org.openwfm.simulator.des;

/**
 * Raw counters of one replication.
 *
 * @param queues number of queues
 * @param groups number of agent groups
 * @param intervals number of intervals of the horizon
 * @param queueCounters index {@code (queue * intervals + interval) * QueueCounter.COUNT + counter}
 * @param busySeconds agent-seconds busy (holding a contact), index {@code group * intervals +
 *     interval}
 * @param presentSeconds agent-seconds present, same index
 * @param handled contacts whose service a group's agent started, by group and arrival interval
 *     (same index)
 * @param events events executed
 */
public record ReplicationResult(
    int queues,
    int groups,
    int intervals,
    double[] queueCounters,
    double[] busySeconds,
    double[] presentSeconds,
    double[] handled,
    long events) {

  /** Pseudo queue index for the centre as a whole (all queues together). */
  public static final int ALL_QUEUES = -1;

  /** One counter of one queue and interval. */
  public double counter(int queue, int interval, QueueCounter counter) {
    return queueCounters[(queue * intervals + interval) * QueueCounter.COUNT + counter.ordinal()];
  }

  /**
   * A counter summed over intervals {@code [from, to)}; queue {@link #ALL_QUEUES} sums all queues.
   */
  public double counter(int queue, int from, int to, QueueCounter counter) {
    if (queue == ALL_QUEUES) {
      double sum = 0;
      for (int q = 0; q < queues; q++) {
        sum += counter(q, from, to, counter);
      }
      return sum;
    }
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += counter(queue, i, counter);
    }
    return sum;
  }

  /** Busy agent-seconds of a group over intervals {@code [from, to)}. */
  public double busy(int group, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += busySeconds[group * intervals + i];
    }
    return sum;
  }

  /** Contacts handled by a group, by arrival interval in {@code [from, to)}. */
  public double handled(int group, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += handled[group * intervals + i];
    }
    return sum;
  }

  /** Present agent-seconds of a group over intervals {@code [from, to)}. */
  public double present(int group, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += presentSeconds[group * intervals + i];
    }
    return sum;
  }
}
