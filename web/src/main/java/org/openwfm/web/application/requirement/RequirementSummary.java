package org.openwfm.web.application.requirement;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A requirement as the portal and the API show it.
 *
 * @param shrinkage overall shrinkage: 1 - net agent time / gross agent time over all queues
 * @param shrinkageSource where the queues' shrinkage came from
 * @param queues per queue: model, shrinkage and its source, intervals and agent hours
 */
public record RequirementSummary(
    long id,
    String name,
    long forecastId,
    double shrinkage,
    String shrinkageSource,
    String createdBy,
    LocalDateTime createdAt,
    List<QueueLine> queues) {

  /**
   * One queue of a requirement.
   *
   * @param model erlang-c, erlang-a or deferred
   * @param shrinkage the share the queue's agents were grossed up with
   * @param shrinkageSource HR absenteeism, the planner's override or the default, with its basis
   * @param intervals forecast intervals staffed
   * @param agentHours net agent hours required over all intervals
   */
  public record QueueLine(
      String queue, String model, double shrinkage, String shrinkageSource, int intervals, double agentHours) {}
}
