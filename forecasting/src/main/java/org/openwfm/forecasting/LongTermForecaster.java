package org.openwfm.forecasting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openwfm.forecasting.data.Event;
import org.openwfm.forecasting.data.QueueHistory;
import org.openwfm.forecasting.events.DayAdjustment;
import org.openwfm.forecasting.events.EventAnalysis;
import org.openwfm.forecasting.events.EventEffectLearner;
import org.openwfm.forecasting.model.DailyTotalModel;
import org.openwfm.forecasting.model.OpenHours;
import org.openwfm.forecasting.model.TrainingData;

/**
 * Weekly and monthly totals 6 to 18 months ahead, for capacity planning. Daily totals come from the
 * same robust regression as the interval forecasts (weekday effects, trend, yearly Fourier terms
 * once the history spans more than 400 days, day-of-month cycle) but with a long memory (half-life
 * 180 days), no short-term residual carry-over and a trend damped by 0.998 a day (about half a year
 * of trend at most); known future events (planner factors or learned effects) adjust their days;
 * outlier and event days are kept out of the fit. Without a year of history the yearly cycle is
 * unknown and the totals follow trend and weekday pattern only.
 */
public final class LongTermForecaster {
  private static final DailyTotalModel MODEL = new DailyTotalModel(180, false, 0.998);

  /**
   * Forecasts weekly and monthly totals.
   *
   * @param history one queue's history
   * @param events events for all queues (those of other queues are ignored)
   * @param months the horizon in months after the last history day, 1 to 24
   */
  public LongTermForecast forecast(QueueHistory history, List<Event> events, int months) {
    if (months < 1 || months > 24) {
      throw new IllegalArgumentException("long-term horizon must be 1 to 24 months, got " + months);
    }
    List<Event> mine = events.stream().filter(e -> e.appliesTo(history.queue())).toList();
    LocalDate first = history.offered().firstDay();
    LocalDate last = history.offered().lastDay();
    double[][] raw = history.offered().toArray();
    OpenHours open = OpenHours.learn(first, raw);
    EventAnalysis analysis =
        new EventEffectLearner().learn(new TrainingData(first, raw, open), mine);
    TrainingData clean = new TrainingData(first, analysis.cleaned(raw), open);
    LocalDate end = last.plusMonths(months);
    int horizon = (int) java.time.temporal.ChronoUnit.DAYS.between(last, end);
    double[] daily = MODEL.forecast(clean, horizon);
    Set<String> warnings = new LinkedHashSet<>();
    for (int h = 0; h < horizon; h++) {
      DayAdjustment a = analysis.adjustment(last.plusDays(h + 1L), mine, open, warnings);
      daily[h] = a.closed() ? 0 : daily[h] * a.factor();
    }
    List<PeriodTotal> weekly = new ArrayList<>();
    List<PeriodTotal> monthly = new ArrayList<>();
    LocalDate day = last.plusDays(1);
    while (!day.isAfter(end)) {
      LocalDate weekEnd = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      weekly.add(total(daily, last, day.with(DayOfWeek.MONDAY), weekEnd));
      day = weekEnd.plusDays(1);
    }
    day = last.plusDays(1);
    while (!day.isAfter(end)) {
      LocalDate monthEnd = day.with(TemporalAdjusters.lastDayOfMonth());
      monthly.add(total(daily, last, day.withDayOfMonth(1), monthEnd));
      day = monthEnd.plusDays(1);
    }
    return new LongTermForecast(history.queue(), weekly, monthly);
  }

  private static PeriodTotal total(double[] daily, LocalDate last, LocalDate from, LocalDate to) {
    double sum = 0;
    int days = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      int h = (int) java.time.temporal.ChronoUnit.DAYS.between(last, d) - 1;
      if (h >= 0 && h < daily.length) {
        sum += daily[h];
        days++;
      }
    }
    return new PeriodTotal(from, to, sum, days);
  }
}
