package org.openwfm.web.domain.model.requirement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A queue's service targets beyond the service level kept on the queue itself: maximum ASA, abandonment and
 * occupancy, the customers' patience, chat concurrency, the e-mail deadline and an optional shrinkage that
 * overrides the one measured from HR data. A null value means "not a target" (or "not known"). One row per
 * queue, created on the first edit; values are checked by the application's targets validation before they
 * get here, so the setters only guard against impossible values.
 */
@Entity
@Table(name = "queue_target")
@NamedQuery(name = "QueueTarget.findAll", query = "SELECT t FROM QueueTarget t")
public class QueueTarget {

  @Id
  @Column(name = "queue_id")
  private Long queueId;

  @Column(name = "asa_seconds")
  private Double asaSeconds;

  @Column(name = "max_abandon_rate")
  private Double maxAbandonRate;

  @Column(name = "max_occupancy")
  private Double maxOccupancy;

  @Column(name = "patience_seconds")
  private Double patienceSeconds;

  @Column(name = "concurrency")
  private Integer concurrency;

  @Column(name = "deadline_minutes")
  private Integer deadlineMinutes;

  @Column(name = "shrinkage")
  private Double shrinkage;

  @Version private long version;

  protected QueueTarget() {}

  /** The targets of the queue with this id, none set yet. */
  public QueueTarget(long queueId) {
    this.queueId = queueId;
  }

  /**
   * Replaces every target at once (null clears one).
   *
   * @param newAsaSeconds maximum average speed of answer, seconds
   * @param newMaxAbandonRate maximum share of offered contacts abandoning, 0 to 1
   * @param newMaxOccupancy maximum share of present time agents are busy, 0 to 1
   * @param newPatienceSeconds mean time customers wait before hanging up, seconds
   * @param newConcurrency chat sessions one agent holds at once
   * @param newDeadlineMinutes time within which deferred contacts (e-mail) must be answered, minutes
   * @param newShrinkage share of paid time not available for contacts, overriding HR data, 0 to below 1
   */
  public void change(
      Double newAsaSeconds,
      Double newMaxAbandonRate,
      Double newMaxOccupancy,
      Double newPatienceSeconds,
      Integer newConcurrency,
      Integer newDeadlineMinutes,
      Double newShrinkage) {
    if (newShrinkage != null && !(newShrinkage >= 0 && newShrinkage < 1)) {
      throw new IllegalArgumentException("Shrinkage must be 0 to below 1, was " + newShrinkage + ".");
    }
    this.asaSeconds = newAsaSeconds;
    this.maxAbandonRate = newMaxAbandonRate;
    this.maxOccupancy = newMaxOccupancy;
    this.patienceSeconds = newPatienceSeconds;
    this.concurrency = newConcurrency;
    this.deadlineMinutes = newDeadlineMinutes;
    this.shrinkage = newShrinkage;
  }

  public Long getQueueId() {
    return queueId;
  }

  public Double getAsaSeconds() {
    return asaSeconds;
  }

  public Double getMaxAbandonRate() {
    return maxAbandonRate;
  }

  public Double getMaxOccupancy() {
    return maxOccupancy;
  }

  public Double getPatienceSeconds() {
    return patienceSeconds;
  }

  public Integer getConcurrency() {
    return concurrency;
  }

  public Integer getDeadlineMinutes() {
    return deadlineMinutes;
  }

  public Double getShrinkage() {
    return shrinkage;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QueueTarget other && Objects.equals(queueId, other.queueId);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(queueId);
  }
}
