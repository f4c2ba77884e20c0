package org.openwfm.web.application.forecast;

import java.time.LocalDateTime;

/**
 * One row of {@code forecast_interval}: a queue's forecast for one local interval.
 *
 * @param start local start in the queue's time zone
 * @param minutes the interval length in minutes
 * @param offered expected contacts offered
 * @param low lower limit of the prediction band (contacts), at most {@code offered}
 * @param high upper limit of the prediction band (contacts), at least {@code offered}
 * @param ahtSeconds forecast average handle time in seconds; 0 when the history had no AHT
 */
public record StoredInterval(
    LocalDateTime start, int minutes, double offered, double low, double high, double ahtSeconds) {}
