package org.openwfm.web.application.requirement;

/**
 * A queue's targets as the portal and the API show them: the service level kept on the queue and the targets of
 * table queue_target. A null value means "not a target" (for {@code concurrency}: one session at a time; for
 * {@code deadlineMinutes}: the service-level threshold; for {@code shrinkage}: measured from HR data).
 *
 * @param queue queue code
 * @param channel VOICE, CHAT, EMAIL, SMS, SOCIAL or CALLBACK
 * @param serviceLevelTarget share of contacts to answer within the threshold, 0 to 1
 * @param serviceLevelThresholdSeconds acceptable wait, seconds
 * @param asaSeconds maximum average speed of answer, seconds
 * @param maxAbandonRate maximum share of offered contacts abandoning, 0 to 1
 * @param maxOccupancy maximum share of present time agents are busy, 0 to 1
 * @param patienceSeconds customers' mean patience, seconds (abandonment is modelled only when set)
 * @param concurrency chat sessions one agent holds at once
 * @param deadlineMinutes deferred work (e-mail): answer within this many minutes
 * @param shrinkage share of paid time not available for contacts, overriding HR data
 * @param version optimistic-lock version of the targets, to send back with an edit
 * @param queueVersion optimistic-lock version of the queue (service level), to send back with an edit
 */
public record QueueTargets(
    String queue,
    String name,
    String channel,
    String timeZone,
    double serviceLevelTarget,
    int serviceLevelThresholdSeconds,
    Double asaSeconds,
    Double maxAbandonRate,
    Double maxOccupancy,
    Double patienceSeconds,
    Integer concurrency,
    Integer deadlineMinutes,
    Double shrinkage,
    long version,
    long queueVersion) {}
