package org.openwfm.web.application.requirement;

import java.time.LocalDateTime;

/**
 * The requirement of one queue in one interval (a row of requirement_interval).
 *
 * @param start interval start, local date-time in the queue's time zone
 * @param minutes interval length in minutes
 * @param offered contacts forecast
 * @param ahtSeconds forecast average handle time, seconds
 * @param agents the least whole number of agents meeting every target (net of shrinkage)
 * @param agentsGross agents to schedule: {@code agents / (1 - shrinkage)}
 * @param serviceLevel expected service level with {@code agents} (offered definition; for e-mail the share
 *     answered by the deadline), 0 to 1; null when not defined
 * @param asaSeconds expected average speed of answer, seconds; null for deferred work
 * @param abandonRate expected share of contacts abandoning; 0 without a patience; null for deferred work
 * @param occupancy expected share of agents' time on contacts, 0 to 1
 */
public record RequirementPoint(
    LocalDateTime start,
    int minutes,
    double offered,
    double ahtSeconds,
    int agents,
    double agentsGross,
    Double serviceLevel,
    Double asaSeconds,
    Double abandonRate,
    Double occupancy) {}
