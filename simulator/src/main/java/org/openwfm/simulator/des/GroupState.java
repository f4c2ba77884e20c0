package org.openwfm.simulator.des;

import java.util.ArrayList;
import java.util.List;
import org.openwfm.simulator.des.scenario.AgentGroupSpec;
import umontreal.ssj.rng.RandomStream;

/** An agent group in one run: its skills, free agents and occupancy integrals. */
final class GroupState {
  final int index;
  final AgentGroupSpec spec;
  final int maxSessions;

  /** Queue index, level and overflow delay of each skill. */
  final int[] skillQueues;

  final int[] skillLevels;
  final double[] skillDelays;
  final List<Agent> agents = new ArrayList<>();

  /** Agents present with nothing in hand, longest idle first. */
  final AgentList idle;

  /** Agents holding some but fewer than the maximum sessions of a concurrent channel. */
  final AgentList partial;

  final RandomStream absenteeismStream;

  int busyAgents;
  int presentAgents;
  double lastChange;

  GroupState(
      int index,
      AgentGroupSpec spec,
      int[] skillQueues,
      int[] skillLevels,
      double[] skillDelays,
      int totalAgents,
      RandomStream absenteeismStream) {
    this.index = index;
    this.spec = spec;
    this.maxSessions = spec.maxConcurrentChats();
    this.skillQueues = skillQueues;
    this.skillLevels = skillLevels;
    this.skillDelays = skillDelays;
    this.idle = new AgentList(totalAgents);
    this.partial = new AgentList(totalAgents);
    this.absenteeismStream = absenteeismStream;
  }

  /** Position of the queue among this group's skills, or -1. */
  int skillOf(int queue) {
    for (int i = 0; i < skillQueues.length; i++) {
      if (skillQueues[i] == queue) {
        return i;
      }
    }
    return -1;
  }
}
