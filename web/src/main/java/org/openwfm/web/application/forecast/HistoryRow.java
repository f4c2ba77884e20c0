package org.openwfm.web.application.forecast;

import java.time.LocalDateTime;

/**
 * One row of {@code history_interval} as the engine adapter reads it.
 *
 * @param start local start in the queue's time zone
 * @param minutes the interval length in minutes
 * @param offered contacts offered, 0 or more
 * @param handled contacts handled, NaN when not recorded
 * @param ahtSeconds average handle time in seconds, NaN when not recorded
 */
public record HistoryRow(LocalDateTime start, int minutes, double offered, double handled, double ahtSeconds) {}
