package org.openwfm.web.application.forecast;

import java.time.LocalDateTime;

/**
 * One forecast interval of a queue, as the Forecast CSV layout has it.
 *
 * @param start local start in the queue's time zone
 * @param minutes interval length
 * @param offered expected contacts
 * @param low lower band limit
 * @param high upper band limit
 * @param ahtSeconds forecast AHT in seconds; 0 when the history had none
 */
public record IntervalRow(
    String queue, LocalDateTime start, int minutes, double offered, double low, double high, double ahtSeconds) {}
