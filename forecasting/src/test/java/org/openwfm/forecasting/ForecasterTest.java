package org.openwfm.forecasting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openwfm.forecasting.backtest.MethodScore;
import org.openwfm.forecasting.benchmark.SyntheticQueues;
import org.openwfm.forecasting.data.DayGrid;
import org.openwfm.forecasting.data.Event;
import org.openwfm.forecasting.data.History;
import org.openwfm.forecasting.data.QueueHistory;

class ForecasterTest {
  private static final LocalDate START = LocalDate.of(2026, 1, 5);

  @Test
  void forecastsEveryOpenIntervalOfEachQueueAndKeepsClosedHoursAndDaysClosed() {
    History history =
        new History(
            List.of(
                SyntheticQueues.queue("voice-et", START, 120, 15, 800, 1),
                SyntheticQueues.queue("chat-ru", START, 120, 30, 300, 2)));
    ForecastResult result = new Forecaster().forecast(history, List.of(), ForecastRequest.of(14));
    assertEquals(
        List.of("voice-et", "chat-ru"),
        result.queues().stream().map(QueueForecast::queue).toList());
    QueueForecast voice = result.queues().get(0);
    LocalDate first = START.plusDays(120);
    for (IntervalForecast f : voice.intervals()) {
      LocalDateTime t = f.start();
      assertTrue(!t.toLocalDate().isBefore(first) && t.toLocalDate().isBefore(first.plusDays(14)));
      assertTrue(t.getDayOfWeek() != DayOfWeek.SUNDAY, "closed Sundays stay closed: " + t);
      int minute = t.getHour() * 60 + t.getMinute();
      if (t.getDayOfWeek() == DayOfWeek.SATURDAY) {
        assertTrue(minute >= 9 * 60 && minute < 17 * 60, "Saturday hours 09-17: " + t);
      } else {
        assertTrue(minute >= 7 * 60 && minute < 21 * 60, "weekday hours 07-21: " + t);
      }
      assertTrue(f.offeredLow() <= f.offered() && f.offered() <= f.offeredHigh());
    }
    // Two weeks: 10 weekdays of 56 intervals and 2 Saturdays of 32.
    assertEquals(10 * 56 + 2 * 32, voice.intervals().size());
    assertEquals(10 * 28 + 2 * 16, result.queues().get(1).intervals().size());
    assertTrue(voice.intervals().stream().allMatch(f -> f.ahtSeconds().isEmpty()));
  }

  @Test
  void reportsTheBacktestOfEveryCandidateAndUsesAMethodAtLeastAsGoodAsTheDefault() {
    History history = new History(List.of(SyntheticQueues.queue("q", START, 150, 15, 1000, 3)));
    QueueForecast q =
        new Forecaster().forecast(history, List.of(), ForecastRequest.of(14)).queues().get(0);
    List<MethodScore> overall =
        q.backtest().scores().stream().filter(s -> s.fromDay() == 1 && s.toDay() == 14).toList();
    assertEquals(
        List.of(
            "daily-profile",
            "weekday-mean-5",
            "weekday-median-5",
            "seasonal-naive",
            "holt-winters",
            "combination"),
        overall.stream().map(MethodScore::method).toList());
    double chosenWape =
        overall.stream()
            .filter(s -> s.method().equals(q.method()))
            .findFirst()
            .orElseThrow()
            .wape();
    assertTrue(chosenWape <= overall.get(0).wape());
    assertEquals(q.method(), q.backtest().chosen());
    assertTrue(q.backtest().coverage() > 0.7 && q.backtest().coverage() < 0.9);
    assertTrue(chosenWape < 0.2, "noise-level error on a regular synthetic queue");
  }

  @Test
  void usesTheMethodAskedForAndRejectsAnUnknownOne() {
    History history = new History(List.of(SyntheticQueues.queue("q", START, 60, 30, 500, 4)));
    QueueForecast q =
        new Forecaster()
            .forecast(history, List.of(), new ForecastRequest(7, "weekday-median-5", 0.9))
            .queues()
            .get(0);
    assertEquals("weekday-median-5", q.method());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new Forecaster()
                    .forecast(history, List.of(), new ForecastRequest(7, "arima", 0.8)));
    assertTrue(e.getMessage().startsWith("unknown method 'arima', expected one of auto,"));
  }

  @Test
  void leavesOutTheMissingHourOfSpringAndRepeatsTheDoubledHourOfAutumn() {
    ZoneId tallinn = ZoneId.of("Europe/Tallinn");
    // A 24-hour queue, hourly, history up to 2026-03-28; the forecast covers 29 March (clocks go
    // forward at 03:00) and, from a second history, 25 October (clocks go back at 04:00).
    QueueForecast spring =
        forecast24h(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 3, 28), tallinn);
    assertEquals(23, countOn(spring, LocalDate.of(2026, 3, 29)));
    assertTrue(
        spring.intervals().stream()
            .noneMatch(f -> f.start().equals(LocalDateTime.of(2026, 3, 29, 3, 0))));
    QueueForecast autumn =
        forecast24h(LocalDate.of(2026, 8, 2), LocalDate.of(2026, 10, 24), tallinn);
    assertEquals(25, countOn(autumn, LocalDate.of(2026, 10, 25)));
    assertEquals(
        2,
        autumn.intervals().stream()
            .filter(f -> f.start().equals(LocalDateTime.of(2026, 10, 25, 3, 0)))
            .count());
    assertEquals(24, countOn(autumn, LocalDate.of(2026, 10, 26)));
  }

  @Test
  void appliesAPlannerFactorToItsDaysOnly() {
    History history = new History(List.of(SyntheticQueues.queue("q", START, 120, 60, 1000, 5)));
    LocalDate promo = START.plusDays(122); // a Wednesday in the horizon
    Event event =
        new Event(promo, promo, "promotion", "Launch", Optional.empty(), OptionalDouble.of(2.0));
    ForecastRequest request = new ForecastRequest(14, "daily-profile", 0.8);
    QueueForecast plain = new Forecaster().forecast(history, List.of(), request).queues().get(0);
    QueueForecast promoted =
        new Forecaster().forecast(history, List.of(event), request).queues().get(0);
    assertEquals(2 * dayTotal(plain, promo), dayTotal(promoted, promo), 1e-6);
    assertEquals(dayTotal(plain, promo.plusDays(7)), dayTotal(promoted, promo.plusDays(7)), 1e-6);
  }

  @Test
  void forecastsAhtAsTheHandledWeightedMeanOfRecentSameIntervals() {
    int days = 56;
    double[][] offered = new double[days][24];
    double[][] handled = new double[days][24];
    double[][] aht = new double[days][24];
    for (int d = 0; d < days; d++) {
      Arrays.fill(offered[d], 10);
      Arrays.fill(handled[d], 10);
      Arrays.fill(aht[d], 200);
      // At 09:00 odd days handle 30 contacts in 100 s, even days 10 contacts in 300 s.
      handled[d][9] = d % 2 == 1 ? 30 : 10;
      aht[d][9] = d % 2 == 1 ? 100 : 300;
    }
    QueueHistory q =
        new QueueHistory(
            "q",
            ZoneId.of("UTC"),
            new DayGrid(START, 60, offered),
            Optional.of(new DayGrid(START, 60, handled)),
            Optional.of(new DayGrid(START, 60, aht)));
    QueueForecast f =
        new Forecaster()
            .forecast(new History(List.of(q)), List.of(), ForecastRequest.of(7))
            .queues()
            .get(0);
    java.util.Map<LocalDateTime, Double> seconds =
        f.intervals().stream()
            .collect(Collectors.toMap(IntervalForecast::start, i -> i.ahtSeconds().getAsDouble()));
    LocalDate day = START.plusDays(days);
    assertEquals(200, seconds.get(day.atTime(8, 0)), 1e-9);
    // Same weekday, last 8 weeks: weekday parity alternates, so 4 odd and 4 even days.
    assertEquals(
        (4 * 30 * 100 + 4 * 10 * 300) / (4 * 30 + 4 * 10.0), seconds.get(day.atTime(9, 0)), 1e-9);
  }

  private static QueueForecast forecast24h(LocalDate from, LocalDate to, ZoneId zone) {
    int days = (int) java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    double[][] rows = new double[days][24];
    for (double[] row : rows) {
      for (int s = 0; s < 24; s++) {
        row[s] = 10 + 5 * Math.sin(2 * Math.PI * s / 24);
      }
    }
    QueueHistory q = QueueHistory.ofOffered("q", zone, new DayGrid(from, 60, rows));
    return new Forecaster()
        .forecast(new History(List.of(q)), List.of(), new ForecastRequest(3, "weekday-mean-5", 0.8))
        .queues()
        .get(0);
  }

  private static long countOn(QueueForecast q, LocalDate day) {
    return q.intervals().stream().filter(f -> f.start().toLocalDate().equals(day)).count();
  }

  private static double dayTotal(QueueForecast q, LocalDate day) {
    return q.intervals().stream()
        .filter(f -> f.start().toLocalDate().equals(day))
        .mapToDouble(IntervalForecast::offered)
        .sum();
  }
}
