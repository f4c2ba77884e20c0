package org.openwfm.web.application.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.openwfm.forecasting.ForecastRequest;
import org.openwfm.forecasting.Forecaster;
import org.openwfm.forecasting.IntervalForecast;
import org.openwfm.forecasting.QueueForecast;
import org.openwfm.forecasting.backtest.BacktestReport;
import org.openwfm.forecasting.data.DayGrid;
import org.openwfm.forecasting.data.History;
import org.openwfm.forecasting.data.QueueHistory;
import org.openwfm.forecasting.model.ModelCatalog;

class EngineAdapterTest {

  private static final ZoneId TALLINN = ZoneId.of("Europe/Tallinn");
  private static final double NAN = Double.NaN;

  private static HistoryRow row(String start, int minutes, double offered) {
    return new HistoryRow(LocalDateTime.parse(start), minutes, offered, NAN, NAN);
  }

  @Test
  void absentIntervalsAreClosedHoursNotZerosAndWrittenZerosStayZeros() {
    QueueHistory history = EngineAdapter.toQueueHistory("voice-et", TALLINN, List.of(
        row("2026-03-02T09:00", 15, 4), row("2026-03-02T09:15", 15, 0), row("2026-03-04T09:00", 15, 6)));
    DayGrid grid = history.offered();
    assertEquals(LocalDate.of(2026, 3, 2), grid.firstDay());
    assertEquals(3, grid.days(), "every calendar day between first and last has a row");
    assertEquals(15, grid.intervalMinutes());
    assertEquals(4, grid.value(0, 36));
    assertEquals(0, grid.value(0, 37), "a stored 0 is a 0");
    assertTrue(Double.isNaN(grid.value(0, 38)), "a slot without a row is closed");
    assertTrue(Double.isNaN(grid.value(0, 0)), "night hours without rows are closed");
    assertTrue(!grid.hasData(1), "a day without rows is closed");
    assertEquals(6, grid.value(2, 36));
    assertTrue(history.handled().isEmpty() && history.ahtSeconds().isEmpty());
  }

  @Test
  void intervalLengthComesFromTheRowsAndFinerRowsAreSummedIntoCoarserSlots() {
    QueueHistory history = EngineAdapter.toQueueHistory("chat-et", TALLINN, List.of(
        new HistoryRow(LocalDateTime.parse("2026-03-02T09:00"), 30, 10, 8, 300),
        new HistoryRow(LocalDateTime.parse("2026-03-09T09:00"), 15, 4, 4, 200),
        new HistoryRow(LocalDateTime.parse("2026-03-09T09:15"), 15, 6, 2, 500)));
    assertEquals(30, history.intervalMinutes());
    assertEquals(10, history.offered().value(0, 18));
    assertEquals(10, history.offered().value(7, 18), "two 15-minute rows make one 30-minute interval");
    assertEquals(6, history.handled().orElseThrow().value(7, 18));
    // AHT weighted by handled contacts: (4 * 200 + 2 * 500) / 6 = 300.
    assertEquals(300, history.ahtSeconds().orElseThrow().value(7, 18), 1e-9);
  }

  @Test
  void sixtyMinuteRowsGiveAnHourlyGrid() {
    QueueHistory history = EngineAdapter.toQueueHistory("email-fi", ZoneId.of("Europe/Helsinki"),
        List.of(row("2026-03-02T08:00", 60, 3), row("2026-03-02T09:00", 60, 5)));
    assertEquals(60, history.intervalMinutes());
    assertEquals(24, history.offered().slotsPerDay());
    assertEquals(5, history.offered().value(0, 9));
  }

  @Test
  void springForwardGapHasNoIntervalsAndAutumnHourIsOneSlot() {
    // Europe/Tallinn: 2026-03-29 03:00 -> 04:00 (gap), 2026-10-25 04:00 -> 03:00 (repeated hour).
    List<HistoryRow> rows = new ArrayList<>();
    for (String day : List.of("2026-03-29", "2026-10-25")) {
      for (int minute = 0; minute < 24 * 60; minute += 15) {
        LocalDateTime start = LocalDate.parse(day).atStartOfDay().plusMinutes(minute);
        if (TALLINN.getRules().getValidOffsets(start).isEmpty()) {
          continue; // the database has no rows at local times that do not exist
        }
        rows.add(new HistoryRow(start, 15, 1, NAN, NAN));
      }
    }
    QueueHistory history = EngineAdapter.toQueueHistory("voice-et", TALLINN, rows);
    DayGrid grid = history.offered();
    int spring = grid.indexOf(LocalDate.of(2026, 3, 29));
    for (int slot = 12; slot < 16; slot++) {
      assertTrue(Double.isNaN(grid.value(spring, slot)), "03:00-03:45 does not exist on the spring day");
    }
    assertEquals(1, grid.value(spring, 16));
    int autumn = grid.indexOf(LocalDate.of(2026, 10, 25));
    assertEquals(1, grid.value(autumn, 12), "the repeated hour's local start is stored once");
  }

  @Test
  void storedRowsKeepOneRowPerLocalStartAndDropDaysBeforeTheFirstDay() {
    LocalDateTime repeated = LocalDateTime.parse("2026-10-25T03:00");
    QueueForecast forecast = new QueueForecast("voice-et", 15, "daily-profile", List.of(
        new IntervalForecast(LocalDateTime.parse("2026-10-24T09:00"), 9, 8, 10, OptionalDouble.of(300)),
        new IntervalForecast(repeated, 2, 1, 3, OptionalDouble.of(280)),
        new IntervalForecast(repeated, 4, 3, 7, OptionalDouble.of(320)),
        new IntervalForecast(LocalDateTime.parse("2026-10-25T09:00"), 5, 4, 6, OptionalDouble.empty())),
        new BacktestReport("daily-profile", 0, 14, List.of(), 0.8, 0.8), List.of(), List.of(), List.of());
    List<StoredInterval> stored = EngineAdapter.toStored(forecast, LocalDate.of(2026, 10, 25));
    assertEquals(2, stored.size());
    StoredInterval merged = stored.get(0);
    assertEquals(repeated, merged.start());
    assertEquals(3, merged.offered(), 1e-9);
    assertEquals(2, merged.low(), 1e-9);
    assertEquals(5, merged.high(), 1e-9);
    assertEquals(300, merged.ahtSeconds(), 1e-9);
    assertEquals(0, stored.get(1).ahtSeconds(), "no AHT in the history is stored as 0");
  }

  @Test
  void aQueueWithoutHistoryIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EngineAdapter.toQueueHistory("sms-et", TALLINN, List.of()));
    assertTrue(e.getMessage().contains("sms-et"));
  }

  @Test
  void theEngineForecastsOnlyTheOpenHoursOfTheAdaptedHistory() {
    // Eight weeks of a queue open 09:00-11:00 on weekdays, closed at weekends.
    List<HistoryRow> rows = new ArrayList<>();
    LocalDate first = LocalDate.of(2026, 1, 5);
    for (int d = 0; d < 56; d++) {
      LocalDate day = first.plusDays(d);
      if (day.getDayOfWeek().getValue() >= 6) {
        continue;
      }
      for (int slot = 0; slot < 8; slot++) {
        rows.add(new HistoryRow(day.atTime(9, 0).plusMinutes(15L * slot), 15, 10 + slot, 10 + slot, 240));
      }
    }
    QueueHistory history = EngineAdapter.toQueueHistory("voice-et", TALLINN, rows);
    QueueForecast forecast = new Forecaster(new ModelCatalog(), false)
        .forecast(new History(List.of(history)), List.of(), ForecastRequest.of(7)).queues().get(0);
    List<StoredInterval> stored = EngineAdapter.toStored(forecast, history.offered().lastDay().plusDays(1));
    assertEquals(5 * 8, stored.size(), "five open weekdays of eight intervals");
    for (StoredInterval interval : stored) {
      assertTrue(interval.start().getHour() >= 9 && interval.start().getHour() < 11, interval.toString());
      assertTrue(interval.start().getDayOfWeek().getValue() < 6, interval.toString());
      assertTrue(interval.low() <= interval.offered() && interval.offered() <= interval.high());
      assertEquals(240, interval.ahtSeconds(), 1e-6);
    }
  }
}
