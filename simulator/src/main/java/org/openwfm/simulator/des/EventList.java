package org.openwfm.simulator.des;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap on (time, insertion order) kept in primitive arrays, so that
 * events at equal times fire first-in first-out and a run is reproducible. An event is an integer kind, an
 * integer argument and an optional object. Times are seconds. Not thread-safe: one list per simulation run.
 */
public final class EventList {
  private double[] times = new double[64];
  private long[] orders = new long[64];
  private int[] kinds = new int[64];
  private int[] arguments = new int[64];
  private Object[] subjects = new Object[64];
  private int size;
  private long nextOrder;

  private double currentTime;
  private int currentKind;
  private int currentArgument;
  private Object currentSubject;

  /** Schedules an event; {@code time} must not be NaN. */
  public void schedule(double time, int kind, int argument, Object subject) {
    if (size == times.length) {
      grow();
    }
    long order = nextOrder++;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      double parentTime = times[parent];
      if (parentTime < time || (parentTime == time && orders[parent] < order)) {
        break;
      }
      move(parent, i);
      i = parent;
    }
    set(i, time, order, kind, argument, subject);
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
   * Removes the earliest event and makes it current (see {@link #time()}, {@link #kind()},
   * {@link #argument()}, {@link #subject()}). The list must not be empty.
   */
  public void pop() {
    currentTime = times[0];
    currentKind = kinds[0];
    currentArgument = arguments[0];
    currentSubject = subjects[0];
    int last = --size;
    double time = times[last];
    long order = orders[last];
    int kind = kinds[last];
    int argument = arguments[last];
    Object subject = subjects[last];
    subjects[last] = null;
    int i = 0;
    int half = last >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < last
          && (times[right] < times[child]
              || (times[right] == times[child] && orders[right] < orders[child]))) {
        child = right;
      }
      if (time < times[child] || (time == times[child] && order < orders[child])) {
        break;
      }
      move(child, i);
      i = child;
    }
    if (last > 0) {
      set(i, time, order, kind, argument, subject);
    }
  }

  /** Time of the current (last popped) event, seconds. */
  public double time() {
    return currentTime;
  }

  public int kind() {
    return currentKind;
  }

  public int argument() {
    return currentArgument;
  }

  public Object subject() {
    return currentSubject;
  }

  private void move(int from, int to) {
    times[to] = times[from];
    orders[to] = orders[from];
    kinds[to] = kinds[from];
    arguments[to] = arguments[from];
    subjects[to] = subjects[from];
  }

  private void set(int i, double time, long order, int kind, int argument, Object subject) {
    times[i] = time;
    orders[i] = order;
    kinds[i] = kind;
    arguments[i] = argument;
    subjects[i] = subject;
  }

  private void grow() {
    int capacity = times.length * 2;
    times = Arrays.copyOf(times, capacity);
    orders = Arrays.copyOf(orders, capacity);
    kinds = Arrays.copyOf(kinds, capacity);
    arguments = Arrays.copyOf(arguments, capacity);
    subjects = Arrays.copyOf(subjects, capacity);
  }
}
