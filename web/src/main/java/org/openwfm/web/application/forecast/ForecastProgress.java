package org.openwfm.web.application.forecast;

/** Where a forecast run reports its progress and learns that a user asked it to stop. */
public interface ForecastProgress {

  /**
   * Reports progress.
   *
   * @param fraction 0 to 1
   * @param message what users see
   */
  void report(double fraction, String message);

  /** Whether a user asked the run to stop. */
  boolean cancelled();
}
