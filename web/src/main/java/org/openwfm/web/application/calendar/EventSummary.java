package org.openwfm.web.application.calendar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.openwfm.web.domain.model.calendar.CalendarEvent;
import org.openwfm.web.domain.model.queue.Queue;

/**
 * A calendar event as shown in lists and the REST API.
 *
 * @param dateFrom first day, inclusive
 * @param dateTo last day, inclusive
 * @param queue the queue code, empty for events of every queue
 * @param site the site code, empty unless the event only concerns one site's staff (e.g. a national holiday)
 * @param factor the planner's explicit multiplier, empty when the forecaster learns the effect
 */
public record EventSummary(
    long id,
    LocalDate dateFrom,
    LocalDate dateTo,
    String kind,
    String name,
    Optional<String> queue,
    Optional<String> site,
    OptionalDouble factor) {

  static EventSummary of(CalendarEvent event) {
    return new EventSummary(
        event.getId(),
        event.getDateFrom(),
        event.getDateTo(),
        event.getKind(),
        event.getName(),
        event.getQueue().map(Queue::getCode),
        event.getSite().map(s -> s.getCode()),
        event.getFactor().map(OptionalDouble::of).orElse(OptionalDouble.empty()));
  }
}
