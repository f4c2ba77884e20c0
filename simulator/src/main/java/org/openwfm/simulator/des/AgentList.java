package org.openwfm.simulator.des;

/**
 * An intrusive doubly linked list of agents (by global agent index) with constant-time append,
 * removal and access to the first; appended in the order agents become free, so the first is the
 * longest idle.
 */
final class AgentList {
  private final int[] previous;
  private final int[] next;
  private final boolean[] member;
  private int first = -1;
  private int last = -1;

  AgentList(int agents) {
    previous = new int[agents];
    next = new int[agents];
    member = new boolean[agents];
  }

  boolean isEmpty() {
    return first < 0;
  }

  /** Index of the first agent, or -1. */
  int first() {
    return first;
  }

  boolean contains(int agent) {
    return member[agent];
  }

  void append(int agent) {
    if (member[agent]) {
      return;
    }
    member[agent] = true;
    previous[agent] = last;
    next[agent] = -1;
    if (last >= 0) {
      next[last] = agent;
    } else {
      first = agent;
    }
    last = agent;
  }

  void remove(int agent) {
    if (!member[agent]) {
      return;
    }
    member[agent] = false;
    int p = previous[agent];
    int n = next[agent];
    if (p >= 0) {
      next[p] = n;
    } else {
      first = n;
    }
    if (n >= 0) {
      previous[n] = p;
    } else {
      last = p;
    }
  }
}
