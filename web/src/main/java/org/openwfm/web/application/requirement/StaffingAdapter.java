package org.openwfm.web.application.requirement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openwfm.simulator.queueing.Concurrency;
import org.openwfm.simulator.queueing.QueueMetrics;
import org.openwfm.simulator.queueing.QueueingModel;
import org.openwfm.simulator.queueing.ServiceLevelDefinition;
import org.openwfm.simulator.queueing.Shrinkage;
import org.openwfm.simulator.queueing.Staffing;
import org.openwfm.simulator.queueing.StaffingResult;
import org.openwfm.simulator.queueing.StaffingTargets;
import org.openwfm.simulator.queueing.Workload;
import org.openwfm.simulator.queueing.deferred.DeadlineClock;
import org.openwfm.simulator.queueing.deferred.DeferredInterval;
import org.openwfm.simulator.queueing.deferred.DeferredRequirement;
import org.openwfm.simulator.queueing.deferred.DeferredWorkPlanner;
import org.openwfm.simulator.queueing.deferred.DeferredWorkPolicy;
import org.openwfm.web.domain.model.queue.Channel;

/**
 * Turns a queue's targets and forecast into the staffing engine's inputs and its answer into requirement rows.
 * Voice, chat and callback queues are staffed interval by interval with Erlang C, or Erlang A when a patience is
 * known (chat with its concurrency); e-mail, SMS and social queues are planned as deferred work whose deadline is
 * {@code deadlineMinutes} (else the service-level threshold) and whose target is the service-level share. Pure:
 * no database, so it is unit-tested directly.
 */
public final class StaffingAdapter {

  /**
   * The engine's inputs for one queue.
   *
   * @param name {@code erlang-c}, {@code erlang-a} or {@code deferred}
   * @param model the queueing model (real-time queues)
   * @param concurrency sessions per agent (chat), else one
   * @param targets the targets (real-time queues)
   * @param deferred the deadline policy (deferred queues)
   */
  public record QueueModel(
      String name,
      QueueingModel model,
      Concurrency concurrency,
      StaffingTargets targets,
      Optional<DeferredWorkPolicy> deferred) {}

  private StaffingAdapter() {}

  /** The engine's inputs for a queue's targets. */
  public static QueueModel model(QueueTargets targets) {
    Channel channel = Channel.valueOf(targets.channel());
    if (!channel.isRealTime()) {
      double deadlineSeconds = targets.deadlineMinutes() != null
          ? targets.deadlineMinutes() * 60.0
          : targets.serviceLevelThresholdSeconds();
      if (!(deadlineSeconds > 0)) {
        throw new IllegalArgumentException("queue " + targets.queue()
            + ": deferred work needs a deadline; set deadlineMinutes or a service-level threshold above 0");
      }
      DeferredWorkPolicy policy = new DeferredWorkPolicy(
          deadlineSeconds, targets.serviceLevelTarget(), DeadlineClock.OPEN_HOURS, 0, 0);
      return new QueueModel("deferred", QueueingModel.erlangC(), Concurrency.NONE, StaffingTargets.none(),
          Optional.of(policy));
    }
    if (!(targets.serviceLevelTarget() > 0 && targets.serviceLevelTarget() < 1)) {
      throw new IllegalArgumentException("queue " + targets.queue() + ": a service-level target of "
          + targets.serviceLevelTarget() + " cannot be met by any staffing; set it below 1 (e.g. 0.8)");
    }
    StaffingTargets staffing = StaffingTargets.serviceLevel(
            targets.serviceLevelTarget(), targets.serviceLevelThresholdSeconds())
        .withSlDefinition(ServiceLevelDefinition.OFFERED);
    if (targets.asaSeconds() != null) {
      staffing = staffing.withMaxAsaSeconds(targets.asaSeconds());
    }
    if (targets.maxOccupancy() != null) {
      staffing = staffing.withMaxOccupancy(targets.maxOccupancy());
    }
    QueueingModel model = QueueingModel.erlangC();
    String name = "erlang-c";
    if (targets.patienceSeconds() != null) {
      model = QueueingModel.erlangA(targets.patienceSeconds());
      name = "erlang-a";
      if (targets.maxAbandonRate() != null) {
        staffing = staffing.withMaxAbandon(targets.maxAbandonRate());
      }
    } else if (targets.maxAbandonRate() != null) {
      throw new IllegalArgumentException("queue " + targets.queue()
          + ": a maximum abandonment needs the customers' patience (patienceSeconds)");
    }
    Concurrency concurrency = channel == Channel.CHAT && targets.concurrency() != null
        ? new Concurrency(targets.concurrency(), 0)
        : Concurrency.NONE;
    return new QueueModel(name, model, concurrency, staffing, Optional.empty());
  }

  /**
   * The requirement of one queue for its forecast intervals.
   *
   * @param targets the queue's targets
   * @param forecast the queue's forecast intervals, any order; gaps are closed hours
   * @param shrinkage share of paid time not available for contacts, 0 to below 1
   * @return one row per forecast interval, in time order
   */
  public static List<RequirementPoint> requirement(
      QueueTargets targets, List<ForecastPoint> forecast, double shrinkage) {
    Shrinkage gross = new Shrinkage(0, 0, shrinkage, 0);
    List<ForecastPoint> points = new ArrayList<>(forecast);
    points.sort(Comparator.comparing(ForecastPoint::start));
    QueueModel model = model(targets);
    return model.deferred().isPresent()
        ? deferred(targets.queue(), points, model.deferred().get(), gross)
        : realTime(points, model, gross);
  }

  private static List<RequirementPoint> realTime(List<ForecastPoint> points, QueueModel model, Shrinkage gross) {
    List<RequirementPoint> rows = new ArrayList<>(points.size());
    boolean abandons = model.model() instanceof QueueingModel.WithAbandonment;
    for (ForecastPoint point : points) {
      // Zero handle time is allowed without contacts; any positive value gives the same answer then.
      double aht = point.ahtSeconds() > 0 ? point.ahtSeconds() : 1;
      Workload workload = new Workload(point.offered(), point.minutes() * 60.0, aht);
      StaffingResult result = Staffing.requirement(workload, model.model(), model.concurrency(), model.targets());
      QueueMetrics metrics = result.metrics();
      int agents = result.requiredAgents();
      boolean any = point.offered() > 0;
      rows.add(new RequirementPoint(
          point.start(),
          point.minutes(),
          point.offered(),
          point.ahtSeconds(),
          agents,
          gross.grossUp(agents),
          any ? finite(metrics.serviceLevel(model.targets().slDefinition())) : null,
          any ? finite(metrics.asaSeconds()) : null,
          any ? (abandons ? finite(metrics.pAbandon()) : Double.valueOf(0)) : null,
          agents > 0 ? finite(metrics.occupancy()) : null));
    }
    return rows;
  }

  private static List<RequirementPoint> deferred(
      String queue, List<ForecastPoint> points, DeferredWorkPolicy policy, Shrinkage gross) {
    if (points.isEmpty()) {
      return List.of();
    }
    int minutes = points.get(0).minutes();
    List<DeferredInterval> intervals = new ArrayList<>(points.size());
    for (ForecastPoint point : points) {
      if (point.minutes() != minutes) {
        throw new IllegalArgumentException("queue " + queue + ": intervals of " + minutes + " and "
            + point.minutes() + " minutes in one forecast; deferred work needs one interval length");
      }
      intervals.add(new DeferredInterval(point.start(), point.offered(), point.ahtSeconds() > 0 ? point.ahtSeconds() : 1));
    }
    if (policy.deadlineSeconds() < minutes * 60.0) {
      throw new IllegalArgumentException("queue " + queue + ": the deadline of " + policy.deadlineSeconds() / 60
          + " minutes is shorter than one " + minutes + "-minute interval; set deadlineMinutes to at least "
          + minutes);
    }
    List<DeferredRequirement> plan = DeferredWorkPlanner.plan(intervals, minutes * 60.0, policy);
    List<RequirementPoint> rows = new ArrayList<>(plan.size());
    for (int i = 0; i < plan.size(); i++) {
      DeferredRequirement requirement = plan.get(i);
      ForecastPoint point = points.get(i);
      int agents = requirement.requiredAgents();
      rows.add(new RequirementPoint(
          point.start(),
          minutes,
          point.offered(),
          point.ahtSeconds(),
          agents,
          gross.grossUp(agents),
          requirement.withinDeadline().isPresent() ? requirement.withinDeadline().getAsDouble() : null,
          null,
          null,
          agents > 0 ? requirement.occupancy() : null));
    }
    return rows;
  }

  private static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
