package org.openwfm.web.domain.model.schedule;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A schedule for a planning period of 1 to 6 whole weeks from {@code firstDay}, generated from one
 * requirement. Its shifts ({@link Shift}) belong to it by id. Life cycle: GENERATING while the solver runs,
 * then DRAFT with the best schedule found; publishing up to a date makes it PUBLISHED: those days are what
 * agents see and are pinned when the period is solved again. The score (OptaPlanner's "-0hard/-123soft") and
 * the share of the requirement left short follow every change of shifts.
 */
@Entity
@Table(name = "schedule")
@NamedQuery(name = "Schedule.findAll", query = "SELECT s FROM Schedule s ORDER BY s.createdAt DESC, s.id DESC")
public class Schedule {

  /** Longest planning period in weeks (the solver's horizon limit). */
  public static final int MAX_WEEKS = 6;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "requirement_id", nullable = false)
  private long requirementId;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(nullable = false)
  private int weeks;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ScheduleState state;

  @Column(name = "published_until")
  private LocalDate publishedUntil;

  @Column(length = 100)
  private String score;

  @Column(name = "short_share")
  private Double shortShare;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Schedule() {}

  public Schedule(
      String name, long requirementId, LocalDate firstDay, int weeks, String createdBy, LocalDateTime createdAt) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: a schedule needs a name.");
    }
    if (name.strip().length() > 200) {
      throw new IllegalArgumentException("name: at most 200 characters.");
    }
    if (weeks < 1 || weeks > MAX_WEEKS) {
      throw new IllegalArgumentException("weeks: expected 1 to " + MAX_WEEKS + ", was " + weeks + ".");
    }
    this.name = name.strip();
    this.requirementId = requirementId;
    this.firstDay = Objects.requireNonNull(firstDay, "firstDay: the first day is required.");
    this.weeks = weeks;
    this.createdBy = Objects.requireNonNull(createdBy, "Creator is required.");
    this.createdAt = Objects.requireNonNull(createdAt, "Creation time is required.");
    this.state = ScheduleState.GENERATING;
  }

  /** The solver's result was written: the schedule is a draft (or stays published) with this score. */
  public void scored(String newScore, double newShortShare) {
    this.score = newScore;
    this.shortShare = newShortShare;
    if (state == ScheduleState.GENERATING || state == ScheduleState.FAILED) {
      state = ScheduleState.DRAFT;
    }
  }

  /** The generation ended without writing a schedule. */
  public void failed() {
    if (state == ScheduleState.GENERATING) {
      state = ScheduleState.FAILED;
    }
  }

  /**
   * Publishes the days from the first day up to {@code until} (inclusive). Publication only grows: a date
   * before what is already published is rejected, since agents have seen those days.
   */
  public void publishUntil(LocalDate until) {
    Objects.requireNonNull(until, "until: a date is required.");
    if (state == ScheduleState.GENERATING || state == ScheduleState.FAILED) {
      throw new IllegalArgumentException("until: a schedule can be published once it has been generated.");
    }
    if (until.isBefore(firstDay) || until.isAfter(getLastDay())) {
      throw new IllegalArgumentException(
          "until: expected a date from " + firstDay + " to " + getLastDay() + ", was " + until + ".");
    }
    if (publishedUntil != null && until.isBefore(publishedUntil)) {
      throw new IllegalArgumentException(
          "until: days up to " + publishedUntil + " are already published; publication cannot be taken back.");
    }
    this.publishedUntil = until;
    this.state = ScheduleState.PUBLISHED;
  }

  /** Whether agents already see this day (it is then pinned and no longer edited by hand). */
  public boolean isPublished(LocalDate day) {
    return publishedUntil != null && !day.isAfter(publishedUntil);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public long getRequirementId() {
    return requirementId;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return firstDay.plusDays(weeks * 7L - 1);
  }

  public int getWeeks() {
    return weeks;
  }

  public ScheduleState getState() {
    return state;
  }

  public Optional<LocalDate> getPublishedUntil() {
    return Optional.ofNullable(publishedUntil);
  }

  public Optional<String> getScore() {
    return Optional.ofNullable(score);
  }

  public Optional<Double> getShortShare() {
    return Optional.ofNullable(shortShare);
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
