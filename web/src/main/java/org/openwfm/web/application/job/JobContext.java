package org.openwfm.web.application.job;

/** What a running job can tell and ask its runner. Safe to call from any thread. */
public interface JobContext {

  /** The job's id. */
  long jobId();

  /**
   * Reports progress: a fraction from 0 to 1 and a short text users see (e.g. the solver's live score). Cheap to
   * call often: the database is written at most about once a second.
   */
  void progress(double fraction, String message);

  /** Whether a user asked the job to stop. Long loops should check it. */
  boolean cancelRequested();

  /** Registers an action to run when a user asks the job to stop (e.g. terminating a solver early). */
  void onCancel(Runnable action);
}
