package org.openwfm.web.application.job;

/** The body of a job. It runs on a managed thread without a transaction or request. */
@FunctionalInterface
public interface JobWork {

  /**
   * Does the work.
   *
   * @return the REST path of the result (e.g. {@code /api/forecasts/12}), or null if there is none (a job that
   *     returns null after a cancel request is CANCELLED)
   * @throws Exception any failure: the job is FAILED with the exception's message
   */
  String run(JobContext context) throws Exception;
}
