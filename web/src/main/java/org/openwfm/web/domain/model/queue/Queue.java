package org.openwfm.web.domain.model.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A queue: contacts of one channel and language line (e.g. {@code voice-et}, {@code chat-ru}) with its
 * service-level target: the share of contacts to answer within the threshold (80% in 20 s is the classic
 * one). History interval times of a queue are local times in the queue's time zone.
 */
@Entity
@Table(name = "queue")
@NamedQuery(name = "Queue.findAll", query = "SELECT q FROM Queue q ORDER BY q.code")
@NamedQuery(name = "Queue.findByCode", query = "SELECT q FROM Queue q WHERE q.code = :code")
public class Queue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @Column(nullable = false, length = 10)
  private String language;

  @Column(name = "time_zone", nullable = false, length = 60)
  private String timeZone;

  @Column(name = "sl_target", nullable = false)
  private double serviceLevelTarget;

  @Column(name = "sl_threshold_seconds", nullable = false)
  private int serviceLevelThresholdSeconds;

  @Version private long version;

  protected Queue() {}

  public Queue(
      String code,
      String name,
      Channel channel,
      String language,
      ZoneId timeZone,
      double serviceLevelTarget,
      int serviceLevelThresholdSeconds) {
    this.code = Objects.requireNonNull(code, "Queue code is required.");
    this.channel = Objects.requireNonNull(channel, "Queue channel is required.");
    this.language = Objects.requireNonNull(language, "Queue language is required.");
    this.timeZone = Objects.requireNonNull(timeZone, "Queue time zone is required.").getId();
    rename(name);
    changeServiceLevelTarget(serviceLevelTarget, serviceLevelThresholdSeconds);
  }

  /** Gives the queue a new display name. */
  public void rename(String newName) {
    if (newName == null || newName.isBlank()) {
      throw new IllegalArgumentException("Queue name is required.");
    }
    this.name = newName.strip();
  }

  /**
   * Sets the service-level target.
   *
   * @param target share of contacts to answer within the threshold, above 0 and at most 1
   * @param thresholdSeconds the acceptable wait in seconds, 0 to 86,400 (a day, for deferred channels)
   */
  public void changeServiceLevelTarget(double target, int thresholdSeconds) {
    if (!(target > 0 && target <= 1)) {
      throw new IllegalArgumentException(
          "Service-level target must be above 0 and at most 1 (e.g. 0.8), was " + target + ".");
    }
    if (thresholdSeconds < 0 || thresholdSeconds > 86_400) {
      throw new IllegalArgumentException(
          "Service-level threshold must be 0 to 86400 seconds, was " + thresholdSeconds + ".");
    }
    this.serviceLevelTarget = target;
    this.serviceLevelThresholdSeconds = thresholdSeconds;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getLanguage() {
    return language;
  }

  public ZoneId getTimeZone() {
    return ZoneId.of(timeZone);
  }

  public double getServiceLevelTarget() {
    return serviceLevelTarget;
  }

  public int getServiceLevelThresholdSeconds() {
    return serviceLevelThresholdSeconds;
  }

  public long getVersion() {
    return version;
  }
}
