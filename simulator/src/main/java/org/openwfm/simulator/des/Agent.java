package org.openwfm.simulator.des;

/** One agent in one run: mutable state owned by the simulation. */
final class Agent {
  final int index;
  final GroupState group;

  /** Contacts in hand (sessions for concurrent channels), including after-contact work. */
  int sessions;

  /** Whether the contact in hand is of a channel that takes the whole agent (not a session). */
  boolean exclusive;

  /** Whether the agent should be working now (staffed, in shift, not on break, showed up). */
  boolean onDuty;

  /** Whether the agent is present: on duty, or off duty but finishing the contact in hand. */
  boolean present;

  /** Time the agent last became idle, seconds. */
  double idleSince;

  /** Shift state for shift-staffed agents. */
  boolean inShift;

  boolean onBreak;
  boolean absent;

  /** Repeat contacts waiting for this agent (last-agent affinity); created on first use. */
  ContactLine personalLine;

  Agent(int index, GroupState group) {
    this.index = index;
    this.group = group;
  }
}
