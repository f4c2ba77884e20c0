package org.openwfm.web.application.forecast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.openwfm.forecasting.ForecastRequest;
import org.openwfm.forecasting.Forecaster;
import org.openwfm.forecasting.QueueForecast;
import org.openwfm.forecasting.backtest.MethodScore;
import org.openwfm.forecasting.data.History;
import org.openwfm.forecasting.data.QueueHistory;
import org.openwfm.forecasting.model.ModelCatalog;
import org.openwfm.web.application.forecast.ForecastPlan.PlannedQueue;

/**
 * Runs forecasts: checks an order, then, queue by queue, reads the history and events from the database, runs the
 * forecasting engine (the same {@link Forecaster} as {@code wfm forecast}) and finally stores the version in one
 * transaction. A run holds no transaction while the engine works; it is meant for a background job, which shows
 * the progress per queue.
 */
@ApplicationScoped
public class ForecastService {

  // Queues one after the other on the caller's (managed) thread: the job reports progress per queue, and the
  // common fork-join pool is not the container's to use.
  private final Forecaster forecaster = new Forecaster(new ModelCatalog(), false);

  @Inject private ForecastStore store;

  /** The method names a planner may ask for, {@code auto} first. */
  public List<String> methods() {
    return forecaster.methods();
  }

  /**
   * Checks an order against the database.
   *
   * @throws IllegalArgumentException naming the field when the order cannot be run
   */
  public ForecastPlan plan(ForecastOrder order) {
    return store.plan(order, forecaster.methods());
  }

  /**
   * Runs a plan and stores the version.
   *
   * @param user who asked (stored as the version's author)
   * @return the new forecast's id; empty when a user asked to stop before it was stored (nothing is stored)
   */
  public OptionalLong run(ForecastPlan plan, String user, ForecastProgress progress) {
    List<ForecastedQueue> results = new ArrayList<>();
    int n = plan.queues().size();
    // One step per queue and one for saving, which is a sizeable share of a short run.
    double steps = n + 1.0;
    for (int i = 0; i < n; i++) {
      if (progress.cancelled()) {
        return OptionalLong.empty();
      }
      PlannedQueue queue = plan.queues().get(i);
      progress.report(i / steps, String.format(Locale.ROOT, "%s: forecasting (queue %d of %d)", queue.code(), i + 1, n));
      QueueHistory history =
          EngineAdapter.toQueueHistory(queue.code(), queue.zone(), store.history(queue.id(), queue.historyEnd()));
      QueueForecast forecast = forecaster
          .forecast(new History(List.of(history)), store.events(queue.id()),
              new ForecastRequest(queue.horizonDays(plan.lastDay()), plan.method(), plan.level()))
          .queues()
          .get(0);
      results.add(new ForecastedQueue(queue.id(), queue.code(), forecast.method(),
          EngineAdapter.toStored(forecast, plan.firstDay()), forecast.backtest()));
      progress.report((i + 1) / steps, summary(forecast, i + 1, n));
    }
    if (progress.cancelled()) {
      return OptionalLong.empty();
    }
    progress.report(n / steps, "Saving " + results.stream().mapToInt(r -> r.intervals().size()).sum() + " intervals");
    long id = store.save(plan, user, results);
    progress.report(1.0, "Forecast " + id + " saved: " + plan.name());
    return OptionalLong.of(id);
  }

  private static String summary(QueueForecast forecast, int done, int of) {
    double wape = ForecastStore.wholeHorizonScores(forecast.backtest()).stream()
        .filter(s -> s.method().equals(forecast.method()))
        .mapToDouble(MethodScore::wape)
        .findFirst()
        .orElse(Double.NaN);
    return String.format(Locale.ROOT, "%d of %d queues done; %s: %s, back-test WAPE %.1f%%", done, of,
        forecast.queue(), forecast.method(), 100 * wape);
  }
}
