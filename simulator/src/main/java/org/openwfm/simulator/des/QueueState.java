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
  // One stream per kind of draw, so that a change in one decision does not shift the numbers of the
  // others: common random numbers stay aligned across compared scenarios. Unused streams are null.
  final RandomStream handleStream;
  final RandomStream patienceStream;
  final RandomStream ivrStream;
  final RandomStream botStream;
  final RandomStream balkStream;
  final RandomStream callbackStream;
  final RandomStream retrialStream;
  final RandomStream repeatStream;

  /** Arrival rate of the current interval, per second. */
  double rate;

  /** Handle-time scale per interval of the horizon, or null when handle times do not vary. */
  final double[] handleScale;

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
      int intervals,
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
    if (spec.handleTimeMeans().length == 0) {
      this.handleScale = null;
    } else {
      this.handleScale = new double[intervals];
      for (int i = 0; i < intervals; i++) {
        handleScale[i] = spec.handleTimeScale(i);
      }
    }
    this.arrivalStream = streams.stream("arrivals/" + spec.id());
    String id = spec.id();
    this.handleStream = streams.stream("handle/" + id);
    this.patienceStream = hasPatience ? streams.stream("patience/" + id) : null;
    this.ivrStream = spec.ivrSelfServiceShare() > 0 ? streams.stream("ivr/" + id) : null;
    this.botStream = spec.botDeflectionShare() > 0 ? streams.stream("bot/" + id) : null;
    this.balkStream = spec.balkProbability() > 0 ? streams.stream("balk/" + id) : null;
    this.callbackStream =
        spec.callback().acceptProbability() > 0 ? streams.stream("callback/" + id) : null;
    this.retrialStream = spec.retrial().probability() > 0 ? streams.stream("retrial/" + id) : null;
    this.repeatStream =
        spec.firstContactResolution().rate() < 1 ? streams.stream("repeat/" + id) : null;
  }
}
