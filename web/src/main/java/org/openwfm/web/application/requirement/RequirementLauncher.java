package org.openwfm.web.application.requirement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import org.openwfm.web.application.job.JobService;
import org.openwfm.web.domain.model.job.JobKind;

/**
 * Starts a requirement computation: at once for a forecast of up to {@link #SYNC_LIMIT} intervals (a week of 13
 * queues in 15-minute intervals; about 2 s on a busy 2-core machine), else as a background job, so that a request
 * never waits long. Measured (docs/bench/requirements-bench.sh): 34,944 intervals (13 queues x 28 days x 96) take
 * 6 to 10 s wall, 3 to 4.5 s of server CPU (staffing alone is about 0.5 s).
 */
@ApplicationScoped
public class RequirementLauncher {

  /** Forecast intervals computed within the request; larger forecasts go to a job. */
  public static final long SYNC_LIMIT = 10_000;

  /**
   * What a start gave.
   *
   * @param created the requirement, when it was computed at once
   * @param jobId the job computing it, otherwise
   */
  public record Launch(Optional<RequirementSummary> created, OptionalLong jobId) {}

  @Inject private RequirementService requirements;

  @Inject private JobService jobs;

  /**
   * Computes a requirement now or starts a job for it.
   *
   * @throws IllegalArgumentException naming the field when the request is invalid (checked before any job starts)
   */
  public Launch start(String name, Long forecastId, String user) {
    ForecastReader.ForecastInfo forecast = requirements.check(name, forecastId);
    long size = requirements.forecastIntervals(forecastId);
    if (size <= SYNC_LIMIT) {
      return new Launch(Optional.of(requirements.create(name, forecastId, user)), OptionalLong.empty());
    }
    String title = "Requirement \"" + name.strip() + "\" from forecast " + forecast.id() + " (" + size
        + " intervals)";
    long job = jobs.submit(JobKind.REQUIREMENT, title, user, context -> {
      RequirementSummary created = requirements.create(name, forecastId, user, context::progress);
      context.progress(1, "Requirement " + created.id() + ": " + created.queues().size() + " queues");
      return "/api/requirements/" + created.id();
    });
    return new Launch(Optional.empty(), OptionalLong.of(job));
  }
}
