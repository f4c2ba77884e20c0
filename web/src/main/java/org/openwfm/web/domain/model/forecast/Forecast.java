package org.openwfm.web.domain.model.forecast;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.openwfm.web.domain.model.queue.Queue;

/**
 * One forecast version: offered contacts, the prediction band and AHT per queue and interval for the days
 * {@code firstDay} to {@code lastDay}, with the back-test that chose each queue's method.
 *
 * <p>A version never changes once written: a planner's overrides produce a new version whose {@code parentId}
 * names the one it was made from, with the intervals copied and the change applied, and the override rows (with
 * their mandatory reasons) kept with the new version. A run writes a version with all its intervals in one
 * transaction, so a half-written version is never visible. Intervals, back-test rows and overrides are bulk data
 * written and read with SQL by the forecast services (tens of thousands of rows per version); this entity is the
 * header.
 */
@Entity
@Table(name = "forecast")
@NamedQuery(
    name = "Forecast.findAll",
    query = "SELECT DISTINCT f FROM Forecast f LEFT JOIN FETCH f.queues ORDER BY f.id DESC")
public class Forecast {

  @Id private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  @Column(nullable = false, length = 60)
  private String method;

  @Column(name = "band_level", nullable = false)
  private double bandLevel;

  @Column(name = "history_end", nullable = false)
  private LocalDate historyEnd;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(length = 1000)
  private String note;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "forecast_queue",
      joinColumns = @JoinColumn(name = "forecast_id"),
      inverseJoinColumns = @JoinColumn(name = "queue_id"))
  @OrderBy("code")
  private List<Queue> queues;

  @Version private long version;

  protected Forecast() {}

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  /** The version this one was derived from by overrides; empty for a version a run produced. */
  public Optional<Long> getParentId() {
    return Optional.ofNullable(parentId);
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  /** The method asked for: {@code auto} or a model name (each queue's chosen one is in its back-test). */
  public String getMethod() {
    return method;
  }

  /** Central coverage of the prediction band, e.g. 0.8. */
  public double getBandLevel() {
    return bandLevel;
  }

  /** The last history day the run learned from (the latest over its queues). */
  public LocalDate getHistoryEnd() {
    return historyEnd;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public Optional<String> getNote() {
    return Optional.ofNullable(note);
  }

  /** The queues forecast, by code. */
  public List<Queue> getQueues() {
    return List.copyOf(queues);
  }

  public long getVersion() {
    return version;
  }
}
