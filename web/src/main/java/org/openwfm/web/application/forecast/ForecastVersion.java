package org.openwfm.web.application.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.openwfm.web.domain.model.forecast.Forecast;
import org.openwfm.web.domain.model.queue.Queue;

/**
 * A forecast version's header as lists and the API show it.
 *
 * @param parentId the version this one was derived from by overrides; empty for a run's own version
 * @param method the method asked for (auto or a name); each queue's chosen method is in the back-test
 * @param level central coverage of the band, e.g. 0.8
 * @param historyEnd the last history day learned from
 * @param queues queue codes
 */
public record ForecastVersion(
    long id,
    String name,
    Optional<Long> parentId,
    LocalDate firstDay,
    LocalDate lastDay,
    String method,
    double level,
    LocalDate historyEnd,
    String createdBy,
    LocalDateTime createdAt,
    Optional<String> note,
    List<String> queues) {

  static ForecastVersion of(Forecast f) {
    return new ForecastVersion(f.getId(), f.getName(), f.getParentId(), f.getFirstDay(), f.getLastDay(),
        f.getMethod(), f.getBandLevel(), f.getHistoryEnd(), f.getCreatedBy(), f.getCreatedAt(), f.getNote(),
        f.getQueues().stream().map(Queue::getCode).toList());
  }

  /** A label for choosers: id, name and days. */
  public String label() {
    return "#" + id + " " + name + " (" + firstDay + " – " + lastDay + ")";
  }
}
