package org.openwfm.forecasting.data;

import java.util.List;

/**
 * The parsed history of one or more queues, in the order the queues first appear in the file.
 *
 * @param queues one entry per queue; never empty
 */
public record History(List<QueueHistory> queues) {

  /** Copies the list and checks it is not empty and names each queue once. */
  public History {
    queues = List.copyOf(queues);
    if (queues.isEmpty()) {
      throw new IllegalArgumentException("a history needs at least one queue");
    }
    if (queues.stream().map(QueueHistory::queue).distinct().count() != queues.size()) {
      throw new IllegalArgumentException("a queue appears twice in the history");
    }
  }
}
