package org.openwfm.simulator.des;

import java.util.List;
import java.util.Map;
import org.openwfm.simulator.des.stats.Estimate;

/**
 * Results of several replications of a scenario: for each queue and agent group, estimates (mean
 * and 95% confidence interval over replications) over the whole horizon (counts per day), for each
 * day, and optionally for each interval (counts per interval).
 *
 * @param scenario the scenario name
 * @param replications number of replications
 * @param seed the base seed
 * @param events events executed over all replications
 * @param queues one report per queue, in scenario order
 * @param total all queues together (counts summed, ratios over all contacts), with id {@link
 *     #TOTAL}
 * @param agentGroups one report per agent group, in scenario order
 */
public record SimulationReport(
    String scenario,
    int replications,
    long seed,
    long events,
    List<QueueReport> queues,
    QueueReport total,
    List<GroupReport> agentGroups) {

  /** The id of the report over all queues together. */
  public static final String TOTAL = "total";

  public SimulationReport {
    queues = List.copyOf(queues);
    agentGroups = List.copyOf(agentGroups);
  }

  /** The report of the queue with this id. */
  public QueueReport queue(String id) {
    return queues.stream()
        .filter(q -> q.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no queue " + id));
  }

  /** The report of the agent group with this id. */
  public GroupReport agentGroup(String id) {
    return agentGroups.stream()
        .filter(g -> g.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no agent group " + id));
  }

  /**
   * Estimates of one queue.
   *
   * @param id queue id
   * @param perDay metrics over the horizon (counts per day)
   * @param days metrics of each day
   * @param intervals metrics of each interval (empty unless asked for)
   */
  public record QueueReport(
      String id,
      Map<QueueMetric, Estimate> perDay,
      List<Map<QueueMetric, Estimate>> days,
      List<Map<QueueMetric, Estimate>> intervals) {

    public QueueReport {
      perDay = Map.copyOf(perDay);
      days = List.copyOf(days);
      intervals = List.copyOf(intervals);
    }

    public Estimate get(QueueMetric metric) {
      return perDay.get(metric);
    }
  }

  /**
   * Estimates of one agent group.
   *
   * @param id group id
   * @param perDay metrics over the horizon (counts per day)
   * @param days metrics of each day
   * @param intervals metrics of each interval (empty unless asked for)
   */
  public record GroupReport(
      String id,
      Map<GroupMetric, Estimate> perDay,
      List<Map<GroupMetric, Estimate>> days,
      List<Map<GroupMetric, Estimate>> intervals) {
    public GroupReport {
      perDay = Map.copyOf(perDay);
      days = List.copyOf(days);
      intervals = List.copyOf(intervals);
    }

    public Estimate get(GroupMetric metric) {
      return perDay.get(metric);
    }

    /** Occupancy over the horizon. */
    public Estimate occupancy() {
      return perDay.get(GroupMetric.OCCUPANCY);
    }
  }
}
