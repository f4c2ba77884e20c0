package org.openwfm.web.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openwfm.web.infrastructure.demo.DemoCentre.Absence;
import org.openwfm.web.infrastructure.demo.DemoCentre.Agent;

class AbsenceGeneratorTest {

  private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

  @ParameterizedTest
  @ValueSource(longs = {1, 11, 42, 20260214})
  void absenteeismIsBetween8And12PercentOfScheduledWorkingDays(long seed) {
    DemoCentre centre = DemoCentreGenerator.generate(seed, LAST_DAY);
    Map<String, List<Absence>> byAgent = byAgent(centre);
    long scheduled = 0;
    long absent = 0;
    for (Agent agent : centre.agents()) {
      String country = centre.site(agent.siteCode()).countryCode();
      List<Absence> absences = byAgent.getOrDefault(agent.code(), List.of());
      for (LocalDate day = centre.firstHistoryDay();
          !day.isAfter(LAST_DAY);
          day = day.plusDays(1)) {
        if (!isScheduled(day, country, absences)) {
          continue;
        }
        scheduled++;
        LocalDate today = day;
        if (absences.stream().anyMatch(a -> a.isAbsenteeism() && a.covers(today))) {
          absent++;
        }
      }
    }
    double rate = absent / (double) scheduled;
    assertTrue(rate >= 0.08 && rate <= 0.12, "absenteeism " + rate);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 42})
  void moreSickSpellsStartOnMondaysThanMidweek(long seed) {
    DemoCentre centre = DemoCentreGenerator.generate(seed, LAST_DAY);
    Map<DayOfWeek, Long> starts = new EnumMap<>(DayOfWeek.class);
    centre.absences().stream()
        .filter(a -> a.code().equals(Absence.SICK))
        .forEach(a -> starts.merge(a.dateFrom().getDayOfWeek(), 1L, Long::sum));
    long midweek = Math.max(starts.get(DayOfWeek.TUESDAY), starts.get(DayOfWeek.WEDNESDAY));
    assertTrue(starts.get(DayOfWeek.MONDAY) > 1.3 * midweek, starts.toString());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 42})
  void mostSickSpellsAreShortAndSomeAreLong(long seed) {
    DemoCentre centre = DemoCentreGenerator.generate(seed, LAST_DAY);
    List<Long> lengths =
        centre.absences().stream()
            .filter(a -> a.code().equals(Absence.SICK))
            .map(a -> a.dateTo().toEpochDay() - a.dateFrom().toEpochDay() + 1)
            .toList();
    long short_ = lengths.stream().filter(days -> days <= 3).count();
    long long_ = lengths.stream().filter(days -> days >= 7).count();
    assertTrue(short_ > 0.6 * lengths.size(), "short spells " + short_ + " of " + lengths.size());
    assertTrue(long_ >= 20, "long spells " + long_);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-10-31:1", "2027-08-10:42", "2026-07-01:7", "2026-02-28:3"})
  void everyAgentHasThreeWeeksOfVacationAndNoOverlappingAbsences(String lastDayAndSeed) {
    String[] parts = lastDayAndSeed.split(":");
    LocalDate lastDay = LocalDate.parse(parts[0]);
    DemoCentre centre = DemoCentreGenerator.generate(Long.parseLong(parts[1]), lastDay);
    Map<String, List<Absence>> byAgent = byAgent(centre);
    for (Agent agent : centre.agents()) {
      List<Absence> absences = byAgent.get(agent.code());
      long vacationDays =
          absences.stream()
              .filter(a -> a.code().equals(Absence.VACATION))
              .mapToLong(a -> a.dateTo().toEpochDay() - a.dateFrom().toEpochDay() + 1)
              .sum();
      // Two weeks in summer (Monday to Friday of the next week: 12 days) and one week (5 days).
      assertEquals(17L, vacationDays, agent.code() + ": " + absences);
      for (int i = 1; i < absences.size(); i++) {
        assertTrue(
            absences.get(i).dateFrom().isAfter(absences.get(i - 1).dateTo()),
            agent.code() + " overlaps: " + absences.get(i - 1) + " and " + absences.get(i));
      }
      for (Absence absence : absences) {
        assertTrue(!absence.dateFrom().isBefore(centre.firstHistoryDay()), absence.toString());
        assertTrue(!absence.dateTo().isAfter(lastDay), absence.toString());
      }
    }
  }

  private static boolean isScheduled(LocalDate day, String country, List<Absence> absences) {
    return day.getDayOfWeek().getValue() <= 5
        && !PublicHolidays.isHoliday(country, day)
        && absences.stream().noneMatch(a -> a.code().equals(Absence.VACATION) && a.covers(day));
  }

  private static Map<String, List<Absence>> byAgent(DemoCentre centre) {
    return centre.absences().stream().collect(Collectors.groupingBy(Absence::agentCode));
  }
}
