package org.openwfm.web.application.forecast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalLong;
import org.openwfm.web.application.job.JobContext;
import org.openwfm.web.application.job.JobService;
import org.openwfm.web.domain.model.job.JobKind;

/**
 * Starts forecast runs as background jobs. The order is checked before the job is submitted, so a bad request is
 * answered at once (a 400 naming the field) instead of becoming a failed job; the run reports progress per queue
 * and stops between queues when a user asks.
 */
@ApplicationScoped
public class ForecastJobs {

  @Inject private ForecastService forecasts;
  @Inject private JobService jobs;

  /** The method names a planner may ask for, {@code auto} first. */
  public List<String> methods() {
    return forecasts.methods();
  }

  /**
   * Checks an order and starts it.
   *
   * @param user who asked
   * @return the job's id; its result path is {@code /api/forecasts/{id}} of the stored version
   * @throws IllegalArgumentException naming the field when the order cannot be run
   */
  public long submit(ForecastOrder order, String user) {
    ForecastPlan plan = forecasts.plan(order);
    String title = "Forecast: " + plan.queues().size() + " queue(s), " + plan.firstDay() + " to " + plan.lastDay();
    return jobs.submit(JobKind.FORECAST, title, user, context -> {
      OptionalLong id = forecasts.run(plan, user, progress(context));
      return id.isPresent() ? "/api/forecasts/" + id.getAsLong() : null;
    });
  }

  private static ForecastProgress progress(JobContext context) {
    return new ForecastProgress() {
      @Override
      public void report(double fraction, String message) {
        context.progress(fraction, message);
      }

      @Override
      public boolean cancelled() {
        return context.cancelRequested();
      }
    };
  }
}
