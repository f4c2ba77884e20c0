package org.openwfm.web.application.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.solver.CoverageReport;
import org.openwfm.web.application.job.JobContext;
import org.openwfm.web.application.job.JobService;
import org.openwfm.web.domain.model.job.JobKind;

/**
 * Generates schedules as background jobs. The job reads the problem in one transaction, solves the detached
 * copy on the job's thread (no transaction, no persistence context: the solver may run for an hour), reports
 * each new best score as the job's message, and writes the best schedule back in a second transaction. A Stop
 * (cancel) ends the search early and still keeps the best schedule found.
 */
@ApplicationScoped
public class ScheduleGenerationService {

  /** How often the live score is written to the job at most. */
  static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

  @Inject private ScheduleService schedules;
  @Inject private JobService jobs;

  /** A generation that was started: the job to follow and the schedule it fills. */
  public record Started(long jobId, long scheduleId) {}

  /**
   * Checks the request, creates the schedule's header and starts the job.
   *
   * @throws IllegalArgumentException naming the field when the request is invalid
   */
  public Started start(NewSchedule request, String user) {
    if (request == null) {
      throw new IllegalArgumentException(
          "A JSON body with name, requirementId, firstDay, weeks and timeLimitSeconds is required.");
    }
    int limit = request.timeLimit();
    ScheduleSummary schedule = schedules.create(request, user);
    long jobId = jobs.submit(JobKind.SCHEDULE, "Schedule " + schedule.name(), user,
        context -> generate(schedule.id(), limit, context));
    return new Started(jobId, schedule.id());
  }

  private String generate(long scheduleId, int limitSeconds, JobContext context) throws Exception {
    try {
      context.progress(0, "Reading agents, absences, earlier schedules and the requirement");
      Schedule problem = ScheduleProblemBuilder.build(schedules.problemRows(scheduleId));
      ScheduleRun run = new ScheduleRun(problem, Duration.ofSeconds(limitSeconds));
      context.onCancel(run::stop);
      if (context.cancelRequested()) {
        run.stop();
      }
      AtomicLong lastReport = new AtomicLong(Long.MIN_VALUE);
      Schedule best = run.solve(problem, (score, feasible, elapsed) -> {
        long now = System.nanoTime();
        long last = lastReport.get();
        if (last != Long.MIN_VALUE && now - last < PROGRESS_EVERY.toNanos()) {
          return;
        }
        lastReport.set(now);
        context.progress(Math.min(0.99, elapsed.toMillis() / (limitSeconds * 1000.0)), String.format(Locale.ROOT,
            "Best score %s (%s) after %d s of %d s", score, feasible ? "feasible" : "hard rules broken",
            elapsed.toSeconds(), limitSeconds));
      });
      List<ShiftPlan> shifts = ScheduleResults.shifts(best);
      String score = best.getScore() == null ? "" : best.getScore().toString();
      context.progress(0.99, String.format(Locale.ROOT, "Saving %d shifts; best score %s", shifts.size(), score));
      schedules.saveResult(scheduleId, shifts, score, 1 - CoverageReport.of(best).coveredShare());
      context.progress(1, String.format(Locale.ROOT, "Done: %d shifts, score %s", shifts.size(), score));
      return "/api/schedules/" + scheduleId;
    } catch (Exception | Error e) {
      schedules.markFailed(scheduleId);
      throw e;
    }
  }
}
