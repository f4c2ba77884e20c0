package org.openwfm.web.infrastructure.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openwfm.web.infrastructure.demo.DemoCentre.Absence;
import org.openwfm.web.infrastructure.demo.DemoCentre.Agent;
import org.openwfm.web.infrastructure.demo.DemoCentre.Site;

/**
 * Builds the absences of the history year: three weeks of vacation per agent (two in summer, one at
 * another time) and unplanned absences near the contact-centre average of 10% of scheduled working
 * days. Sick spells start more often on Mondays and in the winter flu season; most last a day or a
 * few, one in ten is long (one to four weeks); agents differ in their propensity, so some have many
 * short spells (a high Bradford factor) and others none.
 *
 * <p>Scheduled working days are approximated as Monday to Friday, minus the public holidays of the
 * agent's site's country, minus vacation.
 */
final class AbsenceGenerator {

  /**
   * Daily chance that an agent at work falls ill, before the weekday, season and personal factors;
   * with spells of about 3.1 working days on average it yields about 9.5% sick days.
   */
  private static final double SICK_HAZARD = 0.0305;

  /** Daily chance of a one-day unplanned absence for another reason (family, transport). */
  private static final double OTHER_HAZARD = 0.004;

  private final LocalDate first;
  private final LocalDate last;
  private final Map<String, Site> sites;
  private final Map<String, Set<LocalDate>> holidays = new HashMap<>();

  private AbsenceGenerator(LocalDate first, LocalDate last, List<Site> sites) {
    this.first = first;
    this.last = last;
    this.sites = sites.stream().collect(Collectors.toMap(Site::code, Function.identity()));
    for (Site site : sites) {
      Set<LocalDate> days = new HashSet<>();
      for (int year = first.getYear(); year <= last.getYear(); year++) {
        PublicHolidays.of(site.countryCode(), year).forEach(h -> days.add(h.date()));
      }
      holidays.put(site.countryCode(), days);
    }
  }

  static List<Absence> generate(
      long seed, LocalDate first, LocalDate last, List<Site> sites, List<Agent> agents) {
    AbsenceGenerator generator = new AbsenceGenerator(first, last, sites);
    List<Absence> absences = new ArrayList<>();
    for (Agent agent : agents) {
      absences.addAll(
          generator.forAgent(agent, DemoRandom.stream(seed, "absences:" + agent.code())));
    }
    return absences;
  }

  private List<Absence> forAgent(Agent agent, SplittableRandom random) {
    Set<LocalDate> siteHolidays = holidays.get(sites.get(agent.siteCode()).countryCode());
    List<Absence> absences = new ArrayList<>();
    Set<LocalDate> vacation = new HashSet<>();
    LocalDate summerStart = summerVacationStart(random);
    addVacation(absences, vacation, agent, summerStart, 2);
    LocalDate otherStart = otherVacationStart(random, summerStart);
    addVacation(absences, vacation, agent, otherStart, 1);

    // Log-normal propensity with mean 1: a few agents are absent often, many rarely.
    double propensity = StrictMath.exp(0.6 * DemoRandom.gaussian(random) - 0.18);
    LocalDate day = first;
    while (!day.isAfter(last)) {
      if (!isWorkingDay(day, siteHolidays) || vacation.contains(day)) {
        day = day.plusDays(1);
        continue;
      }
      double hazard = SICK_HAZARD * propensity * weekdayFactor(day) * seasonFactor(day);
      double draw = random.nextDouble();
      if (draw < hazard) {
        int workingDays = spellLength(random);
        LocalDate end = day;
        LocalDate cursor = day;
        int counted = 0;
        while (!cursor.isAfter(last) && !vacation.contains(cursor) && counted < workingDays) {
          if (isWorkingDay(cursor, siteHolidays)) {
            end = cursor;
            counted++;
          }
          cursor = cursor.plusDays(1);
        }
        absences.add(new Absence(agent.code(), Absence.SICK, day, end));
        day = end.plusDays(1);
      } else if (draw < hazard + OTHER_HAZARD) {
        absences.add(new Absence(agent.code(), Absence.OTHER, day, day));
        day = day.plusDays(1);
      } else {
        day = day.plusDays(1);
      }
    }
    absences.sort(Comparator.comparing(Absence::dateFrom).thenComparing(Absence::code));
    return absences;
  }

  /** A Monday from 8 June to 3 August whose two weeks lie inside the history year. */
  private LocalDate summerVacationStart(SplittableRandom random) {
    List<LocalDate> mondays = new ArrayList<>();
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      LocalDate monday =
          LocalDate.of(year, Month.JUNE, 8).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
      for (; !monday.isAfter(LocalDate.of(year, Month.AUGUST, 3)); monday = monday.plusWeeks(1)) {
        if (!monday.isBefore(first) && !monday.plusDays(11).isAfter(last)) {
          mondays.add(monday);
        }
      }
    }
    // A 365-day year always holds several such Mondays; the guard is for shorter histories.
    return mondays.isEmpty() ? first : DemoRandom.pick(random, mondays);
  }

  /** A Monday at least five weeks from the summer vacation whose week lies in the history year. */
  private LocalDate otherVacationStart(SplittableRandom random, LocalDate summer) {
    List<LocalDate> mondays = new ArrayList<>();
    LocalDate monday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    for (; !monday.plusDays(4).isAfter(last); monday = monday.plusWeeks(1)) {
      if (Math.abs(ChronoUnit.DAYS.between(monday, summer)) > 35) {
        mondays.add(monday);
      }
    }
    return mondays.isEmpty() ? first : DemoRandom.pick(random, mondays);
  }

  /** Adds a vacation of whole weeks from a Monday, clipped to the history year. */
  private void addVacation(
      List<Absence> absences, Set<LocalDate> vacation, Agent agent, LocalDate monday, int weeks) {
    LocalDate from = monday.isBefore(first) ? first : monday;
    LocalDate friday = monday.plusWeeks(weeks).minusDays(3);
    LocalDate to = friday.isAfter(last) ? last : friday;
    if (to.isBefore(from)) {
      return;
    }
    absences.add(new Absence(agent.code(), Absence.VACATION, from, to));
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      vacation.add(day);
    }
  }

  private static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
    return day.getDayOfWeek().getValue() <= 5 && !holidays.contains(day);
  }

  /** More spells start on Mondays (and after the weekend in general), fewer midweek. */
  private static double weekdayFactor(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case MONDAY -> 1.7;
      case FRIDAY -> 1.15;
      default -> 0.9;
    };
  }

  /** Winter flu season up, summer down. */
  private static double seasonFactor(LocalDate day) {
    return switch (day.getMonth()) {
      case DECEMBER, JANUARY, FEBRUARY, MARCH -> 1.35;
      case JUNE, JULY, AUGUST -> 0.7;
      default -> 1.0;
    };
  }

  /** Working days of a sick spell: mostly one to five, one in ten a long spell of 5-20. */
  private static int spellLength(SplittableRandom random) {
    if (random.nextDouble() < 0.10) {
      return DemoRandom.between(random, 5, 20);
    }
    double u = random.nextDouble();
    if (u < 0.45) {
      return 1;
    } else if (u < 0.70) {
      return 2;
    } else if (u < 0.85) {
      return 3;
    }
    return DemoRandom.between(random, 4, 5);
  }
}
