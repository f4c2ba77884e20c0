package org.openwfm.web.domain.model.requirement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A requirement: the agents needed per queue and interval, computed once from one forecast version with the
 * queues' targets and shrinkage of that moment. It is not edited afterwards; a new computation is a new
 * requirement. Its intervals (table requirement_interval) and per-queue shrinkage (requirement_queue) are
 * written and read in bulk by the application, not as entities: a month of 13 queues is 35,000 rows.
 */
@Entity
@Table(name = "requirement")
@NamedQuery(name = "Requirement.findAll", query = "SELECT r FROM Requirement r ORDER BY r.id DESC")
public class Requirement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "forecast_id", nullable = false)
  private long forecastId;

  @Column(nullable = false)
  private double shrinkage;

  @Column(name = "shrinkage_source", nullable = false, length = 200)
  private String shrinkageSource;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Requirement() {}

  /**
   * A new requirement.
   *
   * @param shrinkage the overall shrinkage: 1 - net agent time / gross agent time over all queues
   * @param shrinkageSource where the queues' shrinkage came from, for people
   */
  public Requirement(
      String name,
      long forecastId,
      double shrinkage,
      String shrinkageSource,
      String createdBy,
      LocalDateTime createdAt) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: a requirement needs a name.");
    }
    if (name.strip().length() > 200) {
      throw new IllegalArgumentException("name: at most 200 characters.");
    }
    this.name = name.strip();
    this.forecastId = forecastId;
    this.shrinkage = shrinkage;
    this.shrinkageSource = Objects.requireNonNull(shrinkageSource, "Shrinkage source is required.");
    this.createdBy = Objects.requireNonNull(createdBy, "Creator is required.");
    this.createdAt = Objects.requireNonNull(createdAt, "Creation time is required.");
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public long getForecastId() {
    return forecastId;
  }

  public double getShrinkage() {
    return shrinkage;
  }

  public String getShrinkageSource() {
    return shrinkageSource;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
