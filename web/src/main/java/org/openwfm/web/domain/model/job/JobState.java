package org.openwfm.web.domain.model.job;

/** Where a job is in its life: QUEUED, RUNNING, then one of the three final states. */
public enum JobState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  CANCELLED;

  /** Whether the job has ended (successfully or not). */
  public boolean isFinal() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}
