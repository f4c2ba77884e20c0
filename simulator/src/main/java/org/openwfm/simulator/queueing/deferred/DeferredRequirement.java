package org.openwfm.simulator.queueing.deferred;

import java.time.LocalDateTime;
import java.util.OptionalDouble;

/**
 * The requirement of a deferred-work queue in one open interval.
 *
 * @param start start of the interval
 * @param offered contacts arriving in the interval
 * @param requiredFractional agents as a real number in the plan with fractional agents
 * @param requiredAgents agents as a whole number in the plan with whole agents
 * @param handled contacts handled in the interval in the plan with whole agents (any arrival
 *     interval)
 * @param backlog contacts waiting at the end of the interval in the plan with whole agents
 * @param occupancy share of the whole agents' time spent on contacts, in [0, 1] (0 without agents)
 * @param withinDeadline share of this interval's contacts answered by their deadline in the plan
 *     with whole agents; empty when the deadline lies beyond the planned horizon or nothing arrived
 */
public record DeferredRequirement(
    LocalDateTime start,
    double offered,
    double requiredFractional,
    int requiredAgents,
    double handled,
    double backlog,
    double occupancy,
    OptionalDouble withinDeadline) {}
