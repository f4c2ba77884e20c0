package org.openwfm.forecasting;

import java.util.List;
import org.openwfm.forecasting.data.Event;
import org.openwfm.forecasting.data.History;
import org.openwfm.forecasting.data.QueueHistory;
import org.openwfm.forecasting.model.ForecastModel;
import org.openwfm.forecasting.model.ModelCatalog;

/**
 * The forecasting engine's entry point, shared by the CLI and the portal.
 *
 * <p>For each queue of the history it: learns the opening hours (slots and weekdays with data in
 * the recent weeks; closed ones stay closed); learns each event kind's effect on the daily total,
 * the day before and the day after, and the intraday shape, and finds outlier days (both kept out
 * of model fitting); back-tests the candidate methods from rolling origins on the queue's own
 * history and keeps the default ({@code daily-profile}) unless another is significantly better in
 * interval WAPE (or uses the method asked for); forecasts every open interval of the {@code
 * horizonDays} whole days after the history's last day, applies events (a planner's factor wins
 * over the learned one); adds a prediction band calibrated on the back-test errors; and forecasts
 * AHT where the history has it.
 *
 * <p>Queues are forecast in parallel on the common fork-join pool. Instances are immutable and
 * thread-safe.
 */
public final class Forecaster {
  private final ModelCatalog catalog;

  /** A forecaster with the standard models. */
  public Forecaster() {
    this(new ModelCatalog());
  }

  /** A forecaster with a given catalogue of models. */
  public Forecaster(ModelCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Forecasts every queue of the history.
   *
   * @param history the parsed history
   * @param events the events (past and future); those naming another queue are ignored for a queue
   * @param request horizon, method and band level
   * @throws IllegalArgumentException when the method is unknown
   */
  public ForecastResult forecast(History history, List<Event> events, ForecastRequest request) {
    List<ForecastModel> candidates = candidates(request.method());
    QueueForecaster queueForecaster = new QueueForecaster(candidates, request);
    List<QueueForecast> queues =
        history.queues().parallelStream()
            .map((QueueHistory q) -> queueForecaster.forecast(q, events))
            .toList();
    return new ForecastResult(queues);
  }

  private List<ForecastModel> candidates(String method) {
    if (method.equals(ModelCatalog.AUTO)) {
      return catalog.autoCandidates();
    }
    return List.of(
        catalog
            .model(method)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown method '"
                            + method
                            + "', expected one of "
                            + String.join(", ", catalog.names()))));
  }

  /** The method names accepted by {@link ForecastRequest#method()}. */
  public List<String> methods() {
    return catalog.names();
  }
}
