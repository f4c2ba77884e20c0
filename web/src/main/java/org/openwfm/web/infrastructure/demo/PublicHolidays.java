package org.openwfm.web.infrastructure.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Public holidays of Estonia (EE), Finland (FI) and Hungary (HU), computed for any Gregorian year,
 * including the Easter-based ones. Finland's Midsummer Eve and Christmas Eve are not statutory but
 * are general days off (offices and shops close), so they are listed. Hungary's bridge days (work
 * days moved by decree each year) are not computable and are left out.
 */
public final class PublicHolidays {

  /** Countries this calendar knows. */
  public static final List<String> COUNTRIES = List.of("EE", "FI", "HU");

  private PublicHolidays() {}

  /**
   * One public holiday.
   *
   * @param date the day
   * @param name English name, e.g. {@code Good Friday}
   * @param countryCode EE, FI or HU
   */
  public record PublicHoliday(LocalDate date, String name, String countryCode) {}

  /**
   * The holidays of a country in a year, in date order.
   *
   * @throws IllegalArgumentException for a country other than EE, FI or HU
   */
  public static List<PublicHoliday> of(String countryCode, int year) {
    LocalDate easter = easterSunday(year);
    List<PublicHoliday> days = new ArrayList<>();
    switch (countryCode) {
      case "EE" -> {
        add(days, countryCode, LocalDate.of(year, 1, 1), "New Year's Day");
        add(days, countryCode, LocalDate.of(year, 2, 24), "Independence Day");
        add(days, countryCode, easter.minusDays(2), "Good Friday");
        add(days, countryCode, easter, "Easter Sunday");
        add(days, countryCode, LocalDate.of(year, 5, 1), "Spring Day");
        add(days, countryCode, easter.plusDays(49), "Whit Sunday");
        add(days, countryCode, LocalDate.of(year, 6, 23), "Victory Day");
        add(days, countryCode, LocalDate.of(year, 6, 24), "Midsummer Day");
        add(days, countryCode, LocalDate.of(year, 8, 20), "Day of Restoration of Independence");
        add(days, countryCode, LocalDate.of(year, 12, 24), "Christmas Eve");
        add(days, countryCode, LocalDate.of(year, 12, 25), "Christmas Day");
        add(days, countryCode, LocalDate.of(year, 12, 26), "Boxing Day");
      }
      case "FI" -> {
        add(days, countryCode, LocalDate.of(year, 1, 1), "New Year's Day");
        add(days, countryCode, LocalDate.of(year, 1, 6), "Epiphany");
        add(days, countryCode, easter.minusDays(2), "Good Friday");
        add(days, countryCode, easter, "Easter Sunday");
        add(days, countryCode, easter.plusDays(1), "Easter Monday");
        add(days, countryCode, LocalDate.of(year, 5, 1), "May Day");
        add(days, countryCode, easter.plusDays(39), "Ascension Day");
        add(days, countryCode, easter.plusDays(49), "Whit Sunday");
        LocalDate midsummerDay = saturdayFrom(LocalDate.of(year, 6, 20));
        add(days, countryCode, midsummerDay.minusDays(1), "Midsummer Eve");
        add(days, countryCode, midsummerDay, "Midsummer Day");
        add(days, countryCode, saturdayFrom(LocalDate.of(year, 10, 31)), "All Saints' Day");
        add(days, countryCode, LocalDate.of(year, 12, 6), "Independence Day");
        add(days, countryCode, LocalDate.of(year, 12, 24), "Christmas Eve");
        add(days, countryCode, LocalDate.of(year, 12, 25), "Christmas Day");
        add(days, countryCode, LocalDate.of(year, 12, 26), "Boxing Day");
      }
      case "HU" -> {
        add(days, countryCode, LocalDate.of(year, 1, 1), "New Year's Day");
        add(days, countryCode, LocalDate.of(year, 3, 15), "National Day");
        add(days, countryCode, easter.minusDays(2), "Good Friday");
        add(days, countryCode, easter, "Easter Sunday");
        add(days, countryCode, easter.plusDays(1), "Easter Monday");
        add(days, countryCode, LocalDate.of(year, 5, 1), "Labour Day");
        add(days, countryCode, easter.plusDays(49), "Whit Sunday");
        add(days, countryCode, easter.plusDays(50), "Whit Monday");
        add(days, countryCode, LocalDate.of(year, 8, 20), "State Foundation Day");
        add(days, countryCode, LocalDate.of(year, 10, 23), "National Day");
        add(days, countryCode, LocalDate.of(year, 11, 1), "All Saints' Day");
        add(days, countryCode, LocalDate.of(year, 12, 25), "Christmas Day");
        add(days, countryCode, LocalDate.of(year, 12, 26), "Second Day of Christmas");
      }
      default ->
          throw new IllegalArgumentException(
              "unknown country code " + countryCode + ": expected one of " + COUNTRIES);
    }
    days.sort(Comparator.comparing(PublicHoliday::date));
    return List.copyOf(days);
  }

  /** Whether the day is a public holiday of the country. */
  public static boolean isHoliday(String countryCode, LocalDate day) {
    return of(countryCode, day.getYear()).stream().anyMatch(h -> h.date().equals(day));
  }

  /**
   * Western (Gregorian) Easter Sunday of a year, by the anonymous Gregorian algorithm
   * (Meeus/Jones/Butcher).
   */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, Month.of(month), day);
  }

  private static LocalDate saturdayFrom(LocalDate first) {
    return first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
  }

  private static void add(List<PublicHoliday> days, String country, LocalDate date, String name) {
    days.add(new PublicHoliday(date, name, country));
  }
}
