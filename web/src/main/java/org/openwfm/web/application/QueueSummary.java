package org.openwfm.web.application;

import org.openwfm.web.domain.model.queue.Queue;

/**
 * A queue as the portal and the API show it.
 *
 * @param serviceLevelTarget share answered within the threshold, 0 to 1
 * @param serviceLevelThresholdSeconds acceptable wait in seconds
 * @param version optimistic-lock version to send back with an edit
 */
public record QueueSummary(
    String code,
    String name,
    String channel,
    String language,
    String timeZone,
    double serviceLevelTarget,
    int serviceLevelThresholdSeconds,
    long version) {

  static QueueSummary of(Queue q) {
    return new QueueSummary(
        q.getCode(),
        q.getName(),
        q.getChannel().name(),
        q.getLanguage(),
        q.getTimeZone().getId(),
        q.getServiceLevelTarget(),
        q.getServiceLevelThresholdSeconds(),
        q.getVersion());
  }
}
