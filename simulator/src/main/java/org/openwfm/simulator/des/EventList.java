package org.openwfm.simulator.des;

import java.util.Arrays;

/**
 * The future event list: a 4-ary min-heap on (time, insertion order) kept in primitive arrays, so
 * that events at equal times fire first-in first-out and a run is reproducible. An event is a kind
 * (0 to 15), an integer argument (0 to 2^20 - 1) and an optional object. Times are seconds. Not
 * thread-safe: one list per run.
 *
 * <p>Kind, argument and insertion order are packed in one long whose high bits are the order, so
 * one comparison of (time, long) orders two events and a sift moves three arrays.
 */
public final class EventList {
  private static final int KIND_BITS = 4;
  private static final int ARGUMENT_BITS = 20;
  private static final int ORDER_SHIFT = KIND_BITS + ARGUMENT_BITS;
  private static final long MAX_ORDER = (1L << (63 - ORDER_SHIFT)) - 1;

  private double[] times = new double[256];
  private long[] keys = new long[256];
  private Object[] subjects = new Object[256];
  private int size;
  private long nextOrder;

  private double currentTime;
  private long currentKey;
  private Object currentSubject;

  /**
   * Schedules an event.
   *
   * @param time when, seconds; not NaN
   * @param kind 0 to 15
   * @param argument 0 to 1,048,575
   * @param subject an object the event concerns, or null
   */
  public void schedule(double time, int kind, int argument, Object subject) {
    if ((kind >>> KIND_BITS) != 0 || (argument >>> ARGUMENT_BITS) != 0 || Double.isNaN(time)) {
      throw new IllegalArgumentException(
          "event kind 0-15, argument 0-"
              + ((1 << ARGUMENT_BITS) - 1)
              + " and a time needed, got "
              + kind
              + ", "
              + argument
              + ", "
              + time);
    }
    if (nextOrder > MAX_ORDER) {
      throw new IllegalStateException("more than " + MAX_ORDER + " events scheduled in one run");
    }
    long key = (nextOrder++ << ORDER_SHIFT) | ((long) kind << ARGUMENT_BITS) | argument;
    if (size == times.length) {
      grow();
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      double parentTime = times[parent];
      if (parentTime < time || (parentTime == time && keys[parent] < key)) {
        break;
      }
      times[i] = parentTime;
      keys[i] = keys[parent];
      subjects[i] = subjects[parent];
      i = parent;
    }
    times[i] = time;
    keys[i] = key;
    subjects[i] = subject;
  }

  /** Whether no event is left. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** Number of pending events. */
  public int size() {
    return size;
  }

  /**
   * Removes the earliest event and makes it current (see {@link #time()}, {@link #kind()}, {@link
   * #argument()}, {@link #subject()}). The list must not be empty.
   */
  public void pop() {
    currentTime = times[0];
    currentKey = keys[0];
    currentSubject = subjects[0];
    int last = --size;
    double time = times[last];
    long key = keys[last];
    Object subject = subjects[last];
    subjects[last] = null;
    if (last == 0) {
      return;
    }
    int i = 0;
    while (true) {
      int first = 4 * i + 1;
      if (first >= last) {
        break;
      }
      int best = first;
      double bestTime = times[first];
      long bestKey = keys[first];
      int end = Math.min(first + 4, last);
      for (int c = first + 1; c < end; c++) {
        double t = times[c];
        if (t < bestTime || (t == bestTime && keys[c] < bestKey)) {
          best = c;
          bestTime = t;
          bestKey = keys[c];
        }
      }
      if (time < bestTime || (time == bestTime && key < bestKey)) {
        break;
      }
      times[i] = bestTime;
      keys[i] = bestKey;
      subjects[i] = subjects[best];
      i = best;
    }
    times[i] = time;
    keys[i] = key;
    subjects[i] = subject;
  }

  /** Time of the current (last popped) event, seconds. */
  public double time() {
    return currentTime;
  }

  public int kind() {
    return (int) (currentKey >>> ARGUMENT_BITS) & ((1 << KIND_BITS) - 1);
  }

  public int argument() {
    return (int) currentKey & ((1 << ARGUMENT_BITS) - 1);
  }

  public Object subject() {
    return currentSubject;
  }

  private void grow() {
    int capacity = times.length * 2;
    times = Arrays.copyOf(times, capacity);
    keys = Arrays.copyOf(keys, capacity);
    subjects = Arrays.copyOf(subjects, capacity);
  }
}
