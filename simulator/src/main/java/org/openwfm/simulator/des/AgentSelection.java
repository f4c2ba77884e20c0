package org.openwfm.simulator.des;

/** Routing policy: which free agent an arriving (or overflowing) contact gets. */
interface AgentSelection {

  /**
   * A free agent for a contact of the queue that has waited {@code waited} seconds, among the
   * groups whose overflow delay has passed; null when none is free. Fully idle agents come before
   * agents holding sessions of a concurrent channel.
   */
  Agent select(QueueState queue, double waited);
}
