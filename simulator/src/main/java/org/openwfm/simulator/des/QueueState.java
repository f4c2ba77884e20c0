package org.openwfm.simulator.des;

import org.openwfm.simulator.des.random.RandomStreams;
import org.openwfm.simulator.des.scenario.QueueSpec;
import umontreal.ssj.rng.RandomStream;

/** A queue in one run: its waiting line, eligible groups and random streams. */
final class QueueState {
  final int index;
  final QueueSpec spec;
  final boolean realTime;
  final boolean concurrent;
  final boolean hasPatience;
  final double threshold;

  /** Groups with the skill: group index, level and overflow delay (sorted by level, best first). */
  final int[] groups;

  final int[] levels;
  final double[] delays;

  /** Distinct positive overflow delays, ascending. */
  final double[] overflowDelays;

  final ContactLine line = new ContactLine(false);

  /** Contacts waiting in the line or in agents' personal lines. */
  int waiting;

  final RandomStream arrivalStream;
  final RandomStream handleStream;
  final RandomStream patienceStream;
  final RandomStream decisionStream;

  /** Arrival rate of the current interval, per second. */
  double rate;

  /** Replayed arrival times, ascending, and the next one to schedule. */
  final double[] arrivalTimes;

  int nextArrivalTime;

  QueueState(
      int index,
      QueueSpec spec,
      int[] groups,
      int[] levels,
      double[] delays,
      double[] overflowDelays,
      RandomStreams streams) {
    this.index = index;
    this.spec = spec;
    this.realTime = spec.channel().isRealTime();
    this.concurrent = spec.channel().isConcurrent();
    this.hasPatience = spec.patience().isPresent();
    this.threshold = spec.serviceLevelThresholdSeconds();
    this.groups = groups;
    this.levels = levels;
    this.delays = delays;
    this.overflowDelays = overflowDelays;
    this.arrivalTimes = spec.arrivalTimes();
    this.arrivalStream = streams.stream("arrivals/" + spec.id());
    this.handleStream = streams.stream("handle/" + spec.id());
    this.patienceStream = streams.stream("patience/" + spec.id());
    this.decisionStream = streams.stream("decisions/" + spec.id());
  }
}
