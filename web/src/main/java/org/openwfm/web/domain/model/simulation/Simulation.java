package org.openwfm.web.domain.model.simulation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A finished simulation of a schedule against a forecast version over some days: the inputs that make it
 * repeatable (days, replications, seed) and the centre-wide estimates. Written once, when the run ends; its
 * estimates per queue (simulation_queue) and per queue and interval (simulation_interval) are written and read
 * in bulk by the application.
 */
@Entity
@Table(name = "simulation")
@NamedQuery(name = "Simulation.findAll", query = "SELECT s FROM Simulation s ORDER BY s.id DESC")
public class Simulation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "schedule_id", nullable = false)
  private long scheduleId;

  @Column(name = "forecast_id", nullable = false)
  private long forecastId;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  @Column(nullable = false)
  private int replications;

  @Column(nullable = false)
  private long seed;

  @Column(name = "service_level")
  private Double serviceLevel;

  @Column(name = "asa_seconds")
  private Double asaSeconds;

  @Column(name = "abandon_rate")
  private Double abandonRate;

  @Column(name = "occupancy")
  private Double occupancy;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected Simulation() {}

  /** A finished simulation; the centre-wide estimates are null where undefined (nothing offered). */
  public Simulation(
      String name,
      long scheduleId,
      long forecastId,
      LocalDate firstDay,
      LocalDate lastDay,
      int replications,
      long seed,
      Double serviceLevel,
      Double asaSeconds,
      Double abandonRate,
      Double occupancy,
      String createdBy,
      LocalDateTime createdAt) {
    this.name = Objects.requireNonNull(name, "Simulation name is required.");
    this.scheduleId = scheduleId;
    this.forecastId = forecastId;
    this.firstDay = Objects.requireNonNull(firstDay, "First day is required.");
    this.lastDay = Objects.requireNonNull(lastDay, "Last day is required.");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("The last day " + lastDay + " is before the first " + firstDay + ".");
    }
    this.replications = replications;
    this.seed = seed;
    this.serviceLevel = serviceLevel;
    this.asaSeconds = asaSeconds;
    this.abandonRate = abandonRate;
    this.occupancy = occupancy;
    this.createdBy = Objects.requireNonNull(createdBy, "Creator is required.");
    this.createdAt = Objects.requireNonNull(createdAt, "Creation time is required.");
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public long getScheduleId() {
    return scheduleId;
  }

  public long getForecastId() {
    return forecastId;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public int getReplications() {
    return replications;
  }

  public long getSeed() {
    return seed;
  }

  public Double getServiceLevel() {
    return serviceLevel;
  }

  public Double getAsaSeconds() {
    return asaSeconds;
  }

  public Double getAbandonRate() {
    return abandonRate;
  }

  public Double getOccupancy() {
    return occupancy;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }
}
