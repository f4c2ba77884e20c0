package org.openwfm.web.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.openwfm.web.domain.model.organisation.Site;
import org.openwfm.web.domain.model.queue.Queue;

/**
 * A dated event (dates inclusive) of a kind such as holiday, holiday-eve, promotion or outage. The forecaster
 * learns a kind's effect from history; a planner's {@code factor} is an explicit multiplier that wins over
 * what was learned. Without a queue the event concerns every queue; a site limits it to that site's agents
 * and queues (e.g. a national holiday).
 */
@Entity
@Table(name = "calendar_event")
@NamedQuery(name = "CalendarEvent.findAll", query = "SELECT e FROM CalendarEvent e ORDER BY e.dateFrom")
public class CalendarEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "date_from", nullable = false)
  private LocalDate dateFrom;

  @Column(name = "date_to", nullable = false)
  private LocalDate dateTo;

  @Column(nullable = false, length = 40)
  private String kind;

  @Column(nullable = false, length = 200)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "queue_id")
  private Queue queue;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "site_id")
  private Site site;

  private Double factor;

  @Version private long version;

  protected CalendarEvent() {}

  public CalendarEvent(
      LocalDate dateFrom, LocalDate dateTo, String kind, String name, Queue queue, Site site, Double factor) {
    this.dateFrom = Objects.requireNonNull(dateFrom, "Event start date is required.");
    this.dateTo = Objects.requireNonNull(dateTo, "Event end date is required.");
    if (dateTo.isBefore(dateFrom)) {
      throw new IllegalArgumentException("Event end date " + dateTo + " is before its start date " + dateFrom + ".");
    }
    this.kind = Objects.requireNonNull(kind, "Event kind is required.");
    this.name = Objects.requireNonNull(name, "Event name is required.");
    this.queue = queue;
    this.site = site;
    if (factor != null && !(factor >= 0)) {
      throw new IllegalArgumentException("Event factor must be 0 or more, was " + factor + ".");
    }
    this.factor = factor;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getDateFrom() {
    return dateFrom;
  }

  public LocalDate getDateTo() {
    return dateTo;
  }

  public String getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public Optional<Queue> getQueue() {
    return Optional.ofNullable(queue);
  }

  public Optional<Site> getSite() {
    return Optional.ofNullable(site);
  }

  public Optional<Double> getFactor() {
    return Optional.ofNullable(factor);
  }

  public long getVersion() {
    return version;
  }
}
