package org.openwfm.web.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openwfm.web.infrastructure.demo.DemoCentre.Channel;
import org.openwfm.web.infrastructure.demo.DemoCentre.Event;
import org.openwfm.web.infrastructure.demo.DemoCentre.HistoryInterval;
import org.openwfm.web.infrastructure.demo.DemoCentre.Queue;

class HistoryGeneratorTest {

  /** Covers the 2026 Valentine's promotion and both 2026 DST changes (29 March, 25 October). */
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

  private static DemoCentre centre;
  private static List<HistoryInterval> history;

  @BeforeAll
  static void generate() {
    centre = DemoCentreGenerator.generate(11, LAST_DAY);
    history = centre.history().toList();
  }

  @Test
  void oneQueueReadsTheSameAloneAfterOthersAndInParallel() {
    List<HistoryInterval> alone = centre.history("chat-fi").toList();
    List<HistoryInterval> fromAll =
        history.stream().filter(interval -> interval.queueCode().equals("chat-fi")).toList();
    List<HistoryInterval> parallel =
        DemoCentreGenerator.generate(11, LAST_DAY).history("chat-fi").parallel().toList();
    assertEquals(alone, fromAll);
    assertEquals(alone, parallel);
  }

  @Test
  void countsAreWholeAndHandledPlusAbandonedIsOffered() {
    for (HistoryInterval interval : history) {
      assertEquals(Math.rint(interval.offered()), interval.offered(), 0.0);
      assertEquals(Math.rint(interval.abandoned()), interval.abandoned(), 0.0);
      assertEquals(interval.offered(), interval.handled() + interval.abandoned(), 0.0);
      assertTrue(interval.abandoned() >= 0 && interval.handled() >= 0, interval.toString());
      assertTrue(interval.handled() == 0 || interval.ahtSeconds() > 0, interval.toString());
    }
  }

  @Test
  void intervalsStartOnQuarterHoursWithinOpeningHoursAndTheHistoryYear() {
    for (HistoryInterval interval : history) {
      LocalDateTime start = interval.intervalStart();
      assertEquals(0, start.getMinute() % 15, interval.toString());
      assertTrue(centre.queue(interval.queueCode()).isOpenAt(start), interval.toString());
      assertTrue(!start.toLocalDate().isBefore(centre.firstHistoryDay()));
      assertTrue(!start.toLocalDate().isAfter(LAST_DAY));
    }
  }

  @Test
  void mondayVoiceVolumeExceedsSundayVoiceVolume() {
    Map<DayOfWeek, Double> meanByWeekday = meanDailyVolume(channel(Channel.VOICE), DayOfWeek.class);
    assertTrue(
        meanByWeekday.get(DayOfWeek.MONDAY) > 2 * meanByWeekday.get(DayOfWeek.SUNDAY),
        meanByWeekday.toString());
    assertTrue(meanByWeekday.get(DayOfWeek.MONDAY) > meanByWeekday.get(DayOfWeek.FRIDAY));
  }

  @Test
  void emailKeepsArrivingAtWeekends() {
    Map<DayOfWeek, Double> meanByWeekday = meanDailyVolume(channel(Channel.EMAIL), DayOfWeek.class);
    double sunday = meanByWeekday.get(DayOfWeek.SUNDAY);
    assertTrue(sunday > 0.4 * meanByWeekday.get(DayOfWeek.WEDNESDAY), meanByWeekday.toString());
  }

  @Test
  void valentinesPromotionLiftsVolumeAboveTheFourWeeksBefore() {
    LocalDate from = LocalDate.of(2026, 2, 14);
    double promotion = meanDailyTotal(from, from.plusDays(27));
    double before = meanDailyTotal(from.minusDays(28), from.minusDays(1));
    assertTrue(promotion > 1.08 * before, "promotion " + promotion + ", before " + before);
  }

  @Test
  void valentinesUpliftRisesThenFades() {
    LocalDate from = LocalDate.of(2026, 2, 14);
    assertEquals(DayOfWeek.SATURDAY, from.getDayOfWeek(), "compares weekends with weekends");
    double firstWeekend = meanDailyTotal(from, from.plusDays(1));
    double secondWeekend = meanDailyTotal(from.plusDays(7), from.plusDays(8));
    double peakWeek = meanDailyTotal(from.plusDays(5), from.plusDays(11));
    double lastWeek = meanDailyTotal(from.plusDays(21), from.plusDays(27));
    assertTrue(secondWeekend > 1.05 * firstWeekend, firstWeekend + " then " + secondWeekend);
    assertTrue(peakWeek > 1.05 * lastWeek, "peak week " + peakWeek + ", last week " + lastWeek);
  }

  @Test
  void decemberPeaksAndSummerDips() {
    Map<Month, Double> byMonth = meanDailyVolume(channel(Channel.VOICE), Month.class);
    assertTrue(byMonth.get(Month.DECEMBER) > 1.1 * byMonth.get(Month.JULY), byMonth.toString());
    assertTrue(byMonth.get(Month.NOVEMBER) > byMonth.get(Month.AUGUST), byMonth.toString());
  }

  @Test
  void localVoiceIsClosedOnItsCountrysHolidaysWhileChatRunsReduced() {
    LocalDate goodFriday = LocalDate.of(2026, 4, 3);
    assertEquals(0, dayTotal("voice-et", goodFriday));
    assertEquals(0, dayTotal("voice-fi", LocalDate.of(2026, 6, 19)));
    assertTrue(dayTotal("voice-hu", LocalDate.of(2026, 2, 24)) > 0, "24 Feb is Estonian only");
    double chatHoliday = dayTotal("chat-et", goodFriday);
    double chatFridayBefore = dayTotal("chat-et", goodFriday.minusWeeks(1));
    assertTrue(
        chatHoliday > 0 && chatHoliday < 0.6 * chatFridayBefore,
        chatHoliday + " vs " + chatFridayBefore);
  }

  @Test
  void intradayProfilesDifferByChannel() {
    Map<Integer, Double> voice = volumeByHour(channel(Channel.VOICE));
    Map<Integer, Double> chat = volumeByHour(channel(Channel.CHAT));
    Map<Integer, Double> email = volumeByHour(channel(Channel.EMAIL));
    // Voice: a morning peak, a lunch dip, a second early-afternoon peak.
    assertTrue(voice.get(10) > voice.get(12) && voice.get(14) > voice.get(12), voice.toString());
    // Chat: the evening is busier than the morning.
    assertTrue(chat.get(19) > 1.5 * chat.get(9), chat.toString());
    // E-mail: office hours dominate, but mail arrives at night too.
    assertTrue(email.get(10) > 5 * email.get(2) && email.get(2) > 0, email.toString());
  }

  @Test
  void aroundTheClockQueueHas92IntervalsOnSpringForwardAnd96OnFallBack() {
    Queue email = centre.queue("email-et");
    assertTrue(email.isOpenAroundTheClock());
    assertEquals(92, intervalsOn("email-et", LocalDate.of(2026, 3, 29)));
    assertEquals(96, intervalsOn("email-et", LocalDate.of(2026, 10, 25)));
    assertEquals(96, intervalsOn("email-et", LocalDate.of(2026, 3, 28)));
    assertEquals(
        0,
        history.stream()
            .filter(i -> i.queueCode().equals("email-et"))
            .filter(i -> i.intervalStart().toLocalDate().equals(LocalDate.of(2026, 3, 29)))
            .filter(i -> i.intervalStart().getHour() == 3)
            .count(),
        "03:00-03:59 does not exist in Tallinn on 29 March 2026");
    // Voice opens at 08:00, after the change: a normal Sunday.
    assertEquals(24, intervalsOn("voice-et", LocalDate.of(2026, 3, 29)));
  }

  @Test
  void abandonmentIsModestNormallyAndSoarsOnOutageDays() {
    Set<LocalDate> outageDays =
        centre.events().stream()
            .filter(e -> e.kind().equals(DemoCentre.KIND_OUTAGE))
            .map(Event::dateFrom)
            .collect(Collectors.toSet());
    assertEquals(EventCalendar.OUTAGES, outageDays.size());
    Set<String> outageQueues =
        centre.events().stream()
            .filter(e -> e.kind().equals(DemoCentre.KIND_OUTAGE))
            .map(e -> e.queueCode().orElseThrow())
            .collect(Collectors.toSet());
    Predicate<HistoryInterval> voice = channel(Channel.VOICE);
    Predicate<HistoryInterval> onOutage =
        i ->
            outageDays.contains(i.intervalStart().toLocalDate())
                && outageQueues.contains(i.queueCode());
    double normal = abandonRate(voice.and(onOutage.negate()));
    double outage = abandonRate(voice.and(onOutage));
    assertTrue(normal > 0.02 && normal < 0.08, "normal voice abandonment " + normal);
    assertTrue(outage > 2 * normal, "outage " + outage + " vs normal " + normal);
    assertEquals(0.0, abandonRate(channel(Channel.EMAIL)), "e-mails are not abandoned");
  }

  @Test
  void averageHandleTimeIsNearEachChannelsMean() {
    assertNear(300, meanAht(channel(Channel.VOICE)), 0.1);
    assertNear(600, meanAht(channel(Channel.CHAT)), 0.1);
    assertNear(420, meanAht(channel(Channel.EMAIL)), 0.1);
  }

  private static Predicate<HistoryInterval> channel(Channel channel) {
    return interval -> centre.queue(interval.queueCode()).channel() == channel;
  }

  private static <K extends Comparable<K>> Map<K, Double> meanDailyVolume(
      Predicate<HistoryInterval> filter, Class<K> keyType) {
    Map<LocalDate, Double> byDay = new TreeMap<>();
    history.stream()
        .filter(filter)
        .forEach(i -> byDay.merge(i.intervalStart().toLocalDate(), i.offered(), Double::sum));
    return byDay.entrySet().stream()
        .collect(
            Collectors.groupingBy(
                entry ->
                    keyType.cast(
                        keyType == DayOfWeek.class
                            ? entry.getKey().getDayOfWeek()
                            : entry.getKey().getMonth()),
                TreeMap::new,
                Collectors.averagingDouble(Map.Entry::getValue)));
  }

  private static double meanDailyTotal(LocalDate from, LocalDate to) {
    double total =
        history.stream()
            .filter(i -> !i.intervalStart().toLocalDate().isBefore(from))
            .filter(i -> !i.intervalStart().toLocalDate().isAfter(to))
            .mapToDouble(HistoryInterval::offered)
            .sum();
    return total / (to.toEpochDay() - from.toEpochDay() + 1);
  }

  private static double dayTotal(String queue, LocalDate day) {
    return history.stream()
        .filter(i -> i.queueCode().equals(queue) && i.intervalStart().toLocalDate().equals(day))
        .mapToDouble(HistoryInterval::offered)
        .sum();
  }

  private static long intervalsOn(String queue, LocalDate day) {
    return history.stream()
        .filter(i -> i.queueCode().equals(queue) && i.intervalStart().toLocalDate().equals(day))
        .count();
  }

  private static Map<Integer, Double> volumeByHour(Predicate<HistoryInterval> filter) {
    Map<Integer, Double> byHour = new TreeMap<>();
    for (int hour = 0; hour < 24; hour++) {
      byHour.put(hour, 0.0);
    }
    history.stream()
        .filter(filter)
        .forEach(i -> byHour.merge(i.intervalStart().getHour(), i.offered(), Double::sum));
    return byHour;
  }

  private static double abandonRate(Predicate<HistoryInterval> filter) {
    double offered = 0;
    double abandoned = 0;
    for (HistoryInterval interval : history) {
      if (filter.test(interval)) {
        offered += interval.offered();
        abandoned += interval.abandoned();
      }
    }
    return abandoned / offered;
  }

  private static double meanAht(Predicate<HistoryInterval> filter) {
    double handled = 0;
    double seconds = 0;
    for (HistoryInterval interval : history) {
      if (filter.test(interval)) {
        handled += interval.handled();
        seconds += interval.handled() * interval.ahtSeconds();
      }
    }
    return seconds / handled;
  }

  private static void assertNear(double expected, double actual, double relative) {
    assertTrue(
        Math.abs(actual - expected) <= relative * expected, actual + " not near " + expected);
  }
}
