package org.openwfm.simulator.des;

import org.openwfm.simulator.des.scenario.ScenarioReader;

/**
 * Small hand-checkable cases: replayed arrivals and constant handle times make every time exact.
 */
final class Cases {
  private Cases() {}

  /** Runs one replication of a scenario given as JSON. */
  static ReplicationResult run(String json) {
    return new ContactCentreSimulation(ScenarioReader.withoutFiles().read(json, "case"), 1, 0)
        .run();
  }

  /** A counter of a queue summed over the whole horizon. */
  static double total(ReplicationResult r, int queue, QueueCounter counter) {
    return r.counter(queue, 0, r.intervals(), counter);
  }
}
