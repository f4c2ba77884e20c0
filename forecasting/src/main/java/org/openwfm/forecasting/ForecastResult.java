package org.openwfm.forecasting;

import java.util.List;

/**
 * The forecast of every queue of a history, in the history's queue order.
 *
 * @param queues one forecast per queue
 */
public record ForecastResult(List<QueueForecast> queues) {

  /** Copies the list. */
  public ForecastResult {
    queues = List.copyOf(queues);
  }
}
