package org.openwfm.web.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.web.infrastructure.demo.PublicHolidays.PublicHoliday;

class PublicHolidaysTest {

  @Test
  void computesWesternEasterSundayForKnownYears() {
    assertEquals(LocalDate.of(2000, 4, 23), PublicHolidays.easterSunday(2000));
    assertEquals(LocalDate.of(2019, 4, 21), PublicHolidays.easterSunday(2019));
    assertEquals(LocalDate.of(2024, 3, 31), PublicHolidays.easterSunday(2024));
    assertEquals(LocalDate.of(2025, 4, 20), PublicHolidays.easterSunday(2025));
    assertEquals(LocalDate.of(2026, 4, 5), PublicHolidays.easterSunday(2026));
    assertEquals(LocalDate.of(2027, 3, 28), PublicHolidays.easterSunday(2027));
    assertEquals(LocalDate.of(2038, 4, 25), PublicHolidays.easterSunday(2038));
  }

  @Test
  void estonianGoodFriday2026IsTheThirdOfApril() {
    assertEquals(LocalDate.of(2026, 4, 3), dateOf("EE", 2026, "Good Friday"));
    assertEquals(LocalDate.of(2026, 5, 24), dateOf("EE", 2026, "Whit Sunday"));
    assertTrue(PublicHolidays.isHoliday("EE", LocalDate.of(2026, 2, 24)));
    assertFalse(PublicHolidays.isHoliday("EE", LocalDate.of(2026, 4, 6)), "no Easter Monday");
  }

  @Test
  void finnishMidsummerEve2026IsTheNineteenthOfJuneAndAllSaintsASaturday() {
    assertEquals(LocalDate.of(2026, 6, 19), dateOf("FI", 2026, "Midsummer Eve"));
    assertEquals(LocalDate.of(2026, 6, 20), dateOf("FI", 2026, "Midsummer Day"));
    assertEquals(LocalDate.of(2026, 10, 31), dateOf("FI", 2026, "All Saints' Day"));
    assertEquals(LocalDate.of(2025, 11, 1), dateOf("FI", 2025, "All Saints' Day"));
    assertEquals(LocalDate.of(2026, 5, 14), dateOf("FI", 2026, "Ascension Day"));
    assertEquals(LocalDate.of(2025, 6, 20), dateOf("FI", 2025, "Midsummer Eve"));
  }

  @Test
  void hungarianWhitMonday2026IsTheTwentyFifthOfMay() {
    assertEquals(LocalDate.of(2026, 5, 25), dateOf("HU", 2026, "Whit Monday"));
    assertEquals(LocalDate.of(2026, 4, 6), dateOf("HU", 2026, "Easter Monday"));
    assertEquals(LocalDate.of(2026, 4, 3), dateOf("HU", 2026, "Good Friday"));
    assertTrue(PublicHolidays.isHoliday("HU", LocalDate.of(2026, 10, 23)));
  }

  @Test
  void listsEachCountrysHolidaysOnceInDateOrder() {
    assertEquals(12, PublicHolidays.of("EE", 2026).size());
    assertEquals(15, PublicHolidays.of("FI", 2026).size());
    assertEquals(13, PublicHolidays.of("HU", 2026).size());
    for (String country : PublicHolidays.COUNTRIES) {
      List<PublicHoliday> days = PublicHolidays.of(country, 2027);
      for (int i = 1; i < days.size(); i++) {
        assertTrue(days.get(i - 1).date().isBefore(days.get(i).date()), days.toString());
      }
    }
  }

  @Test
  void rejectsAnUnknownCountryAndNamesIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PublicHolidays.of("SE", 2026));
    assertTrue(e.getMessage().contains("SE"), e.getMessage());
  }

  private static LocalDate dateOf(String country, int year, String name) {
    return PublicHolidays.of(country, year).stream()
        .filter(holiday -> holiday.name().equals(name))
        .map(PublicHoliday::date)
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " missing in " + country + " " + year));
  }
}
