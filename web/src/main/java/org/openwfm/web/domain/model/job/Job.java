package org.openwfm.web.domain.model.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A long run a user started. Times are UTC. There is no version column: the job's own thread is the only
 * writer of state and progress (bulk updates), and a cancel request only sets its flag.
 */
@Entity
@Table(name = "job")
@NamedQuery(name = "Job.recent", query = "SELECT j FROM Job j ORDER BY j.createdAt DESC, j.id DESC")
@NamedQuery(
    name = "Job.failUnfinished",
    query =
        "UPDATE Job j SET j.state = org.openwfm.web.domain.model.job.JobState.FAILED, j.message = :message,"
            + " j.finishedAt = :now WHERE j.state = org.openwfm.web.domain.model.job.JobState.QUEUED"
            + " OR j.state = org.openwfm.web.domain.model.job.JobState.RUNNING")
public class Job {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private JobKind kind;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private JobState state;

  @Column(nullable = false)
  private double progress;

  @Column(length = 1000)
  private String message;

  @Column(name = "result_path", length = 200)
  private String resultPath;

  @Column(name = "cancel_requested", nullable = false)
  private boolean cancelRequested;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "started_at")
  private LocalDateTime startedAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  protected Job() {}

  public Job(JobKind kind, String title, String createdBy, LocalDateTime createdAt) {
    this.kind = Objects.requireNonNull(kind);
    this.title = Objects.requireNonNull(title);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.state = JobState.QUEUED;
  }

  public Long getId() {
    return id;
  }

  public JobKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public JobState getState() {
    return state;
  }

  public double getProgress() {
    return progress;
  }

  public String getMessage() {
    return message;
  }

  public String getResultPath() {
    return resultPath;
  }

  public boolean isCancelRequested() {
    return cancelRequested;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public LocalDateTime getFinishedAt() {
    return finishedAt;
  }

  /** Marks the job as running. */
  public void start(LocalDateTime now) {
    state = JobState.RUNNING;
    startedAt = now;
  }

  /** Records progress (0..1) and what users should see. */
  public void report(double fraction, String text) {
    progress = Math.max(0, Math.min(1, fraction));
    message = clip(text);
  }

  /** Ends the job in a final state. */
  public void finish(JobState finalState, String text, String result, LocalDateTime now) {
    if (!finalState.isFinal()) {
      throw new IllegalArgumentException("not a final state: " + finalState);
    }
    state = finalState;
    if (finalState == JobState.SUCCEEDED) {
      progress = 1;
    }
    message = clip(text);
    resultPath = result;
    finishedAt = now;
  }

  /** Asks the job to stop. */
  public void requestCancel() {
    cancelRequested = true;
  }

  private static String clip(String text) {
    if (text == null || text.length() <= 1000) {
      return text;
    }
    return text.substring(0, 997) + "...";
  }
}
