package org.openwfm.web.infrastructure.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.openwfm.web.infrastructure.demo.DemoCatalogue.QueueDemand;
import org.openwfm.web.infrastructure.demo.DemoCentre.Event;
import org.openwfm.web.infrastructure.demo.DemoCentre.Site;
import org.openwfm.web.infrastructure.demo.PublicHolidays.PublicHoliday;

/**
 * Builds the events: public holidays from the first history day to one year after the last (the
 * history year and the year to forecast), the yearly Valentine's promotion (14 Feb to 13 Mar) and a
 * few service outages inside the history.
 */
final class EventCalendar {

  /** Service outages per history year: rare enough to be outliers, enough to be seen. */
  static final int OUTAGES = 3;

  static final String VALENTINES_PROMOTION = "Valentine's promotion";

  static final String SERVICE_OUTAGE = "Service outage";

  private static final Comparator<Event> ORDER =
      Comparator.comparing(Event::dateFrom)
          .thenComparing(Event::kind)
          .thenComparing(Event::name)
          .thenComparing(event -> event.siteCode().orElse(""))
          .thenComparing(event -> event.queueCode().orElse(""));

  private EventCalendar() {}

  static List<Event> build(
      long seed,
      LocalDate firstHistoryDay,
      LocalDate lastHistoryDay,
      List<Site> sites,
      List<QueueDemand> demand) {
    LocalDate end = lastHistoryDay.plusYears(1);
    List<Event> events = new ArrayList<>();
    for (int year = firstHistoryDay.getYear(); year <= end.getYear(); year++) {
      addHolidays(events, year, firstHistoryDay, end, sites, demand);
      LocalDate from = LocalDate.of(year, 2, 14);
      LocalDate to = LocalDate.of(year, 3, 13);
      if (!to.isBefore(firstHistoryDay) && !from.isAfter(end)) {
        events.add(
            new Event(
                from,
                to,
                DemoCentre.KIND_PROMOTION,
                VALENTINES_PROMOTION,
                Optional.empty(),
                Optional.empty(),
                OptionalDouble.empty()));
      }
    }
    addOutages(events, seed, firstHistoryDay, lastHistoryDay, sites, demand);
    events.sort(ORDER);
    return events;
  }

  private static void addHolidays(
      List<Event> events,
      int year,
      LocalDate from,
      LocalDate to,
      List<Site> sites,
      List<QueueDemand> demand) {
    for (Site site : sites) {
      for (PublicHoliday holiday : PublicHolidays.of(site.countryCode(), year)) {
        if (holiday.date().isBefore(from) || holiday.date().isAfter(to)) {
          continue;
        }
        events.add(holiday(holiday, Optional.empty(), Optional.of(site.code())));
        for (QueueDemand queue : demand) {
          if (queue.market().equals(Optional.of(site.countryCode()))) {
            events.add(
                holiday(holiday, Optional.of(queue.queue().code()), Optional.of(site.code())));
          }
        }
      }
    }
    // International queues serve all three countries: only a shared holiday empties them.
    Set<LocalDate> shared = null;
    for (String country : PublicHolidays.COUNTRIES) {
      Set<LocalDate> dates =
          PublicHolidays.of(country, year).stream()
              .map(PublicHoliday::date)
              .collect(Collectors.toSet());
      if (shared == null) {
        shared = new HashSet<>(dates);
      } else {
        shared.retainAll(dates);
      }
    }
    for (PublicHoliday holiday : PublicHolidays.of("EE", year)) {
      if (!shared.contains(holiday.date())
          || holiday.date().isBefore(from)
          || holiday.date().isAfter(to)) {
        continue;
      }
      for (QueueDemand queue : demand) {
        if (queue.market().isEmpty()) {
          events.add(holiday(holiday, Optional.of(queue.queue().code()), Optional.empty()));
        }
      }
    }
  }

  private static Event holiday(
      PublicHoliday holiday, Optional<String> queueCode, Optional<String> siteCode) {
    return new Event(
        holiday.date(),
        holiday.date(),
        DemoCentre.KIND_HOLIDAY,
        holiday.name(),
        queueCode,
        siteCode,
        OptionalDouble.empty());
  }

  /** Outages on distinct working days, each hitting every queue of one country's market. */
  private static void addOutages(
      List<Event> events,
      long seed,
      LocalDate first,
      LocalDate last,
      List<Site> sites,
      List<QueueDemand> demand) {
    SplittableRandom random = DemoRandom.stream(seed, "outages");
    int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
    Set<LocalDate> chosen = new HashSet<>();
    for (int attempts = 0; chosen.size() < OUTAGES && attempts < 1000; attempts++) {
      LocalDate day = first.plusDays(random.nextInt(days));
      Site site = DemoRandom.pick(random, sites);
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY
          || day.getDayOfWeek() == DayOfWeek.SUNDAY
          || PublicHolidays.isHoliday(site.countryCode(), day)
          || !chosen.add(day)) {
        continue;
      }
      for (QueueDemand queue : demand) {
        if (queue.market().equals(Optional.of(site.countryCode()))) {
          events.add(
              new Event(
                  day,
                  day,
                  DemoCentre.KIND_OUTAGE,
                  SERVICE_OUTAGE,
                  Optional.of(queue.queue().code()),
                  Optional.of(site.code()),
                  OptionalDouble.empty()));
        }
      }
    }
  }
}
