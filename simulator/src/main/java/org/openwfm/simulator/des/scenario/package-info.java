/**
 * The scenario a simulation runs: queues, agent groups, staffing or shifts, routing; and its JSON
 * reader.
 */
package org.openwfm.simulator.des.scenario;
