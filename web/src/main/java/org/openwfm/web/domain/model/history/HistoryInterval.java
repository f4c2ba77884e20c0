package org.openwfm.web.domain.model.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.openwfm.web.domain.model.queue.Queue;

/**
 * What happened on one queue in one interval: contacts offered, handled and abandoned, and the average
 * handle time in seconds. The start is a local date-time in the queue's time zone. History is imported,
 * never edited by hand, so it carries no version; a re-import of the same interval replaces it.
 */
@Entity
@Table(name = "history_interval")
@IdClass(HistoryIntervalId.class)
public class HistoryInterval {

  @Id
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "queue_id")
  private Queue queue;

  @Id
  @Column(name = "interval_start", nullable = false)
  private LocalDateTime intervalStart;

  @Column(name = "interval_minutes", nullable = false)
  private int intervalMinutes;

  @Column(nullable = false)
  private double offered;

  private Double handled;

  private Double abandoned;

  @Column(name = "aht_seconds")
  private Double ahtSeconds;

  protected HistoryInterval() {}

  public Queue getQueue() {
    return queue;
  }

  public LocalDateTime getIntervalStart() {
    return intervalStart;
  }

  public int getIntervalMinutes() {
    return intervalMinutes;
  }

  public double getOffered() {
    return offered;
  }

  public Double getHandled() {
    return handled;
  }

  public Double getAbandoned() {
    return abandoned;
  }

  public Double getAhtSeconds() {
    return ahtSeconds;
  }
}
