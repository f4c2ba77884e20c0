package org.openwfm.simulator.queueing;

import java.util.OptionalDouble;

/**
 * The targets one queue must meet in every interval; any combination, at least one. Build with
 * {@link #serviceLevel(double, double)} or {@link #none()} and the {@code with...} methods.
 *
 * @param serviceLevel minimum service level, a fraction in (0, 1), e.g. 0.8
 * @param slSeconds service-level threshold in seconds, {@code >= 0} (also used for reporting when
 *     no service-level target is set)
 * @param slDefinition how the service level counts abandoned contacts
 * @param maxAsaSeconds maximum average speed of answer in seconds, {@code > 0}
 * @param maxAbandon maximum abandonment probability, a fraction in (0, 1) (Erlang A only)
 * @param maxOccupancy maximum occupancy, a fraction in (0, 1]
 * @param minAgents agents to staff in every open interval even when the targets need fewer, {@code
 *     >= 0}
 */
public record StaffingTargets(
    OptionalDouble serviceLevel,
    double slSeconds,
    ServiceLevelDefinition slDefinition,
    OptionalDouble maxAsaSeconds,
    OptionalDouble maxAbandon,
    OptionalDouble maxOccupancy,
    int minAgents) {

  public StaffingTargets {
    serviceLevel.ifPresent(value -> Checks.openFraction("serviceLevel", value));
    Checks.atLeast("slSeconds", slSeconds, 0);
    if (slDefinition == null) {
      throw new IllegalArgumentException("slDefinition is required");
    }
    maxAsaSeconds.ifPresent(value -> Checks.positive("maxAsaSeconds", value));
    maxAbandon.ifPresent(value -> Checks.openFraction("maxAbandon", value));
    maxOccupancy.ifPresent(value -> Checks.fractionUpToOne("maxOccupancy", value));
    Checks.atLeast("minAgents", minAgents, 0);
  }

  /**
   * The classic target: a service level of {@code target} within {@code seconds}, offered
   * definition.
   */
  public static StaffingTargets serviceLevel(double target, double seconds) {
    return new StaffingTargets(
        OptionalDouble.of(target),
        seconds,
        ServiceLevelDefinition.OFFERED,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        0);
  }

  /** No target yet; add at least one before staffing. Service level is reported at 20 seconds. */
  public static StaffingTargets none() {
    return new StaffingTargets(
        OptionalDouble.empty(),
        20,
        ServiceLevelDefinition.OFFERED,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        0);
  }

  public StaffingTargets withServiceLevel(double target, double seconds) {
    return new StaffingTargets(
        OptionalDouble.of(target),
        seconds,
        slDefinition,
        maxAsaSeconds,
        maxAbandon,
        maxOccupancy,
        minAgents);
  }

  public StaffingTargets withSlSeconds(double seconds) {
    return new StaffingTargets(
        serviceLevel, seconds, slDefinition, maxAsaSeconds, maxAbandon, maxOccupancy, minAgents);
  }

  public StaffingTargets withSlDefinition(ServiceLevelDefinition definition) {
    return new StaffingTargets(
        serviceLevel, slSeconds, definition, maxAsaSeconds, maxAbandon, maxOccupancy, minAgents);
  }

  public StaffingTargets withMaxAsaSeconds(double seconds) {
    return new StaffingTargets(
        serviceLevel,
        slSeconds,
        slDefinition,
        OptionalDouble.of(seconds),
        maxAbandon,
        maxOccupancy,
        minAgents);
  }

  public StaffingTargets withMaxAbandon(double probability) {
    return new StaffingTargets(
        serviceLevel,
        slSeconds,
        slDefinition,
        maxAsaSeconds,
        OptionalDouble.of(probability),
        maxOccupancy,
        minAgents);
  }

  public StaffingTargets withMaxOccupancy(double occupancy) {
    return new StaffingTargets(
        serviceLevel,
        slSeconds,
        slDefinition,
        maxAsaSeconds,
        maxAbandon,
        OptionalDouble.of(occupancy),
        minAgents);
  }

  public StaffingTargets withMinAgents(int agents) {
    return new StaffingTargets(
        serviceLevel, slSeconds, slDefinition, maxAsaSeconds, maxAbandon, maxOccupancy, agents);
  }

  /** True when at least one target is set. */
  public boolean hasTarget() {
    return serviceLevel.isPresent()
        || maxAsaSeconds.isPresent()
        || maxAbandon.isPresent()
        || maxOccupancy.isPresent();
  }

  /** True when the measures meet every target that is set. */
  public boolean isMetBy(QueueMetrics metrics) {
    if (!metrics.stable()) {
      return false;
    }
    if (serviceLevel.isPresent()
        && metrics.serviceLevel(slDefinition) < serviceLevel.getAsDouble()) {
      return false;
    }
    if (maxAsaSeconds.isPresent() && metrics.asaSeconds() > maxAsaSeconds.getAsDouble()) {
      return false;
    }
    if (maxAbandon.isPresent() && metrics.pAbandon() > maxAbandon.getAsDouble()) {
      return false;
    }
    return maxOccupancy.isEmpty() || metrics.occupancy() <= maxOccupancy.getAsDouble();
  }
}
