package org.openwfm.web.application.simulation;

import java.time.LocalDate;

/**
 * What a planner asks to simulate (the body of {@code POST /api/simulations}); every field but the two ids is
 * optional.
 *
 * @param scheduleId the schedule whose shifts staff the centre
 * @param forecastId the forecast version whose volumes and handle times arrive
 * @param firstDay first (queue-local) day; default the first forecast day the schedule covers
 * @param days number of days, 1 to 7; default as many forecast days as the schedule covers, at most 7
 * @param replications independent replications, 2 to 1000; default 10
 * @param seed base seed of the random streams; default 1 (the same request gives the same results)
 */
public record SimulationRequest(
    Long scheduleId, Long forecastId, LocalDate firstDay, Integer days, Integer replications, Long seed) {}
