package org.openwfm.web.application.job;

import java.time.Instant;
import org.openwfm.web.domain.model.job.JobKind;
import org.openwfm.web.domain.model.job.JobState;

/**
 * A job as users see it. Times are UTC instants; {@code resultPath} is the REST path of the result when the job
 * produced one.
 */
public record JobView(
    long id,
    JobKind kind,
    String title,
    JobState state,
    double progress,
    String message,
    String resultPath,
    boolean cancelRequested,
    String createdBy,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  /** Whether the job has ended. */
  public boolean done() {
    return state.isFinal();
  }

  /** Progress in whole percent, for progress bars. */
  public int percent() {
    return (int) Math.round(progress * 100);
  }
}
