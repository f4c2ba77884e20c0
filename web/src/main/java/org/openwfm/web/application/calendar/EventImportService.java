package org.openwfm.web.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openwfm.web.application.history.ImportRejectedException;
import org.openwfm.web.domain.model.calendar.CalendarEvent;
import org.openwfm.web.domain.model.queue.Queue;

/**
 * Imports Events CSV files all or nothing and lists the calendar. The whole file is validated first
 * (line-numbered problems, see {@link EventsCsvParser}); only a clean file is written, in one transaction. An
 * event with the same dates, kind (ignoring case), name and queue as an earlier centre-wide one replaces it, so a
 * planner can upload a corrected file again (e.g. with a factor) without doubling events.
 */
@ApplicationScoped
public class EventImportService {

  @PersistenceContext(unitName = "wfm")
  private EntityManager em;

  /**
   * Validates and imports a file.
   *
   * @param fileName the name to use in problem messages
   * @throws ImportRejectedException with every problem found; nothing was written
   */
  @Transactional
  public EventImportSummary importCsv(String fileName, Reader csv) {
    Map<String, Queue> queues = new HashMap<>();
    for (Queue queue : em.createNamedQuery("Queue.findAll", Queue.class).getResultList()) {
      queues.put(queue.getCode(), queue);
    }
    EventsCsvParser.Result parsed;
    try {
      parsed = new EventsCsvParser().parse(csv, queues.keySet());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + fileName, e);
    }
    if (!parsed.problems().isEmpty()) {
      throw new ImportRejectedException(fileName, parsed.problems());
    }
    Map<String, CalendarEvent> existing = new HashMap<>();
    for (CalendarEvent event : em.createNamedQuery("CalendarEvent.findAll", CalendarEvent.class).getResultList()) {
      if (event.getSite().isEmpty()) {
        existing.put(key(event.getDateFrom(), event.getDateTo(), event.getKind(), event.getName(),
            event.getQueue().map(Queue::getCode)), event);
      }
    }
    int replaced = 0;
    for (EventRecord record : parsed.records()) {
      CalendarEvent earlier =
          existing.remove(key(record.dateFrom(), record.dateTo(), record.kind(), record.name(), record.queue()));
      if (earlier != null) {
        em.remove(earlier);
        replaced++;
      }
    }
    // Removals first: the new rows must not be ordered before the deletes of the rows they replace.
    em.flush();
    for (EventRecord record : parsed.records()) {
      em.persist(new CalendarEvent(record.dateFrom(), record.dateTo(), record.kind(), record.name(),
          record.queue().map(queues::get).orElse(null), null,
          record.factor().isPresent() ? record.factor().getAsDouble() : null));
    }
    em.flush();
    return new EventImportSummary(parsed.records().size(), replaced);
  }

  /**
   * Events overlapping a period, in date order.
   *
   * @param from first day of the period, inclusive
   * @param to last day of the period, inclusive
   * @param queue a queue code to keep its events and the centre-wide ones; empty for all events
   */
  @Transactional
  public List<EventSummary> list(LocalDate from, LocalDate to, Optional<String> queue) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from + ".");
    }
    String filter = queue.isPresent() ? " AND (q IS NULL OR q.code = :queue)" : "";
    var query = em.createQuery(
            "SELECT e FROM CalendarEvent e LEFT JOIN FETCH e.queue LEFT JOIN FETCH e.site LEFT JOIN e.queue q "
                + "WHERE e.dateTo >= :from AND e.dateFrom <= :to" + filter + " ORDER BY e.dateFrom, e.kind, e.name, e.id",
            CalendarEvent.class)
        .setParameter("from", from)
        .setParameter("to", to);
    queue.ifPresent(code -> query.setParameter("queue", code));
    return query.getResultStream().map(EventSummary::of).toList();
  }

  private static String key(LocalDate from, LocalDate to, String kind, String name, Optional<String> queue) {
    return from + "|" + to + "|" + kind.toLowerCase(Locale.ROOT) + "|" + name + "|" + queue.orElse("");
  }
}
