package org.openwfm.web.application.forecast;

import java.util.Optional;

/**
 * How a forecast version did against the actuals that have arrived since, for one queue (or all, queue
 * {@code *}), on the days both the forecast and the history cover.
 *
 * @param days days compared (over all queues: the most any queue has)
 * @param intervals intervals compared (forecast intervals with an actual)
 * @param actual actual offered contacts on those days
 * @param forecast forecast offered contacts on those days
 * @param dailyWape (empty without actual contacts) sum |forecast - actual| / sum actual over daily totals (0.1 = 10%)
 * @param intervalWape the same over intervals
 * @param bias (forecast - actual) / actual over daily totals; positive = over-forecast
 */
public record QueueAccuracy(String queue, int days, long intervals, double actual, double forecast,
    Optional<Double> dailyWape, Optional<Double> intervalWape, Optional<Double> bias) {}
