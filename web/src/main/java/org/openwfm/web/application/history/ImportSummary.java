package org.openwfm.web.application.history;

import java.util.Map;

/**
 * What an accepted import did.
 *
 * @param intervals interval rows written
 * @param replaced of those, rows that replaced an earlier import of the same queue and interval
 * @param intervalMinutesByQueue the interval length found for each queue in the file
 */
public record ImportSummary(int intervals, int replaced, Map<String, Integer> intervalMinutesByQueue) {}
