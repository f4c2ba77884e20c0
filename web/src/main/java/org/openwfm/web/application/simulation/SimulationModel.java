package org.openwfm.web.application.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.openwfm.simulator.des.scenario.Scenario;

/**
 * A scenario built from a schedule and a forecast, with what it takes to map the simulator's intervals back to
 * the queues' local intervals.
 *
 * @param scenario the simulator's scenario; its time 0 is {@code horizonStart}
 * @param horizonStart the instant at time 0
 * @param firstDay first simulated day (queue-local)
 * @param lastDay last simulated day, inclusive
 * @param queues the simulated queues, in scenario order
 */
public record SimulationModel(
    Scenario scenario, Instant horizonStart, LocalDate firstDay, LocalDate lastDay, List<QueueMapping> queues) {

  public SimulationModel {
    queues = List.copyOf(queues);
  }

  /**
   * One queue of the scenario.
   *
   * @param queue queue code (the scenario's queue id)
   * @param index the queue's index in the scenario
   * @param intervals the scenario interval of each local interval of the simulated days that the forecast has,
   *     in time order
   * @param groups indexes of the agent groups with a skill for the queue (their occupancy is the queue's)
   */
  public record QueueMapping(String queue, int index, SortedMap<LocalDateTime, Integer> intervals, List<Integer> groups) {

    public QueueMapping {
      intervals = Collections.unmodifiableSortedMap(new TreeMap<>(intervals));
      groups = List.copyOf(groups);
    }
  }
}
