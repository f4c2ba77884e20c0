package org.openwfm.web.application.history;

import java.time.LocalDateTime;

/**
 * One parsed line of a history file.
 *
 * @param line 1-based line number in the file
 * @param intervalStart local start time in the queue's time zone
 * @param offered contacts offered, 0 or more (decimals allowed)
 * @param handled contacts handled, or NaN when the file has no value
 * @param abandoned contacts abandoned, or NaN when the file has no value
 * @param ahtSeconds average handle time in seconds, or NaN when the file has no value
 */
public record HistoryRecord(
    int line,
    String queue,
    LocalDateTime intervalStart,
    double offered,
    double handled,
    double abandoned,
    double ahtSeconds) {}
