package org.openwfm.web.application.requirement;

import java.time.LocalDateTime;

/**
 * One queue and interval of a requirement, as the API and downloads show it (see {@link RequirementPoint} for
 * the meaning of the values).
 *
 * @param intervalStart local date-time in the queue's time zone
 */
public record RequirementRow(
    String queue,
    LocalDateTime intervalStart,
    int intervalMinutes,
    double offered,
    double ahtSeconds,
    int agents,
    double agentsGross,
    Double serviceLevel,
    Double asaSeconds,
    Double abandonRate,
    Double occupancy) {}
