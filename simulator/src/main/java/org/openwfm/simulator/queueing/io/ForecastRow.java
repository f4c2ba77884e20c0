package org.openwfm.simulator.queueing.io;

import java.time.LocalDateTime;

/**
 * One row of a forecast CSV: the expected contacts of one queue in one open interval.
 *
 * @param queue queue name, e.g. {@code voice-et}
 * @param intervalStart start of the interval, local date-time of the queue
 * @param offered expected contacts in the interval, {@code >= 0}
 * @param ahtSeconds expected average handle time, seconds, {@code >= 0} (0 only without contacts)
 * @param line line number in the file, for messages
 */
public record ForecastRow(
    String queue, LocalDateTime intervalStart, double offered, double ahtSeconds, int line) {}
