package org.openwfm.web.application.requirement;

/**
 * A change of a queue's targets (the body of {@code PUT /api/requirements/targets/{queue}}). Every target is
 * replaced: null clears it. {@code version} and {@code queueVersion} are the ones read (optimistic locking).
 */
public record TargetEdit(
    Long version,
    Long queueVersion,
    Double serviceLevelTarget,
    Integer serviceLevelThresholdSeconds,
    Double asaSeconds,
    Double maxAbandonRate,
    Double maxOccupancy,
    Double patienceSeconds,
    Integer concurrency,
    Integer deadlineMinutes,
    Double shrinkage) {}
