package org.openwfm.forecasting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.openwfm.forecasting.backtest.BacktestReport;
import org.openwfm.forecasting.backtest.Backtester;
import org.openwfm.forecasting.backtest.HorizonBands;
import org.openwfm.forecasting.backtest.MethodScore;
import org.openwfm.forecasting.data.Event;
import org.openwfm.forecasting.data.QueueHistory;
import org.openwfm.forecasting.events.DayAdjustment;
import org.openwfm.forecasting.events.EventAnalysis;
import org.openwfm.forecasting.events.EventEffectLearner;
import org.openwfm.forecasting.model.ForecastModel;
import org.openwfm.forecasting.model.OpenHours;
import org.openwfm.forecasting.model.TrainingData;

/** The forecast of one queue: events and outliers, back-test and choice, forecast, bands, AHT. */
final class QueueForecaster {
  /** Weight, in days, of the ordinary shape when blending it with an event kind's learned shape. */
  private static final double SHAPE_PRIOR_DAYS = 2;

  private final List<ForecastModel> candidates;
  private final ForecastRequest request;

  QueueForecaster(List<ForecastModel> candidates, ForecastRequest request) {
    this.candidates = candidates;
    this.request = request;
  }

  QueueForecast forecast(QueueHistory history, List<Event> allEvents) {
    List<Event> events = allEvents.stream().filter(e -> e.appliesTo(history.queue())).toList();
    LocalDate first = history.offered().firstDay();
    double[][] raw = history.offered().toArray();
    OpenHours open = OpenHours.learn(first, raw);
    EventAnalysis analysis =
        new EventEffectLearner().learn(new TrainingData(first, raw, open), events);
    TrainingData clean = new TrainingData(first, analysis.cleaned(raw), open);

    Backtester.Outcome outcome = new Backtester().run(clean, candidates, request.horizonDays());
    String chosenName =
        Backtester.choose(outcome, candidates.stream().map(ForecastModel::name).toList());
    ForecastModel chosen =
        candidates.stream().filter(m -> m.name().equals(chosenName)).findFirst().orElseThrow();
    Backtester.Scored scored = outcome.byMethod().get(chosen.name());
    HorizonBands band = HorizonBands.fit(scored, request.level());
    int inside = 0;
    for (int i = 0; i < scored.count(); i++) {
      double f = scored.forecast()[i];
      double a = scored.actual()[i];
      int day = scored.horizonDay()[i];
      if (a >= band.low(day, f) - 1e-9 && a <= band.high(day, f) + 1e-9) {
        inside++;
      }
    }
    double coverage = scored.count() == 0 ? Double.NaN : inside / (double) scored.count();
    List<MethodScore> scores = new ArrayList<>();
    outcome.byMethod().values().forEach(s -> scores.addAll(s.scores()));
    BacktestReport report =
        new BacktestReport(
            chosen.name(),
            outcome.origins(),
            outcome.horizonDays(),
            scores,
            request.level(),
            coverage);

    double[][] base = chosen.forecast(clean, request.horizonDays());
    Optional<AhtForecaster> aht = AhtForecaster.learn(history);
    Set<String> warnings = new LinkedHashSet<>();
    List<IntervalForecast> intervals = new ArrayList<>();
    int minutes = history.intervalMinutes();
    ZoneId zone = history.zone();
    for (int h = 0; h < request.horizonDays(); h++) {
      LocalDate day = history.offered().lastDay().plusDays(h + 1L);
      int w = day.getDayOfWeek().getValue() - 1;
      if (!open.isOpenDay(w)) {
        continue;
      }
      DayAdjustment adjustment = analysis.adjustment(day, events, open, warnings);
      if (adjustment.closed()) {
        continue;
      }
      double[] values = adjusted(base[h], adjustment, open, w);
      for (int s = 0; s < values.length; s++) {
        if (!open.isOpen(w, s)) {
          continue;
        }
        LocalDateTime start = day.atStartOfDay().plusMinutes((long) s * minutes);
        int occurrences = zone.getRules().getValidOffsets(start).size();
        double f = values[s];
        OptionalDouble seconds =
            aht.isPresent() ? OptionalDouble.of(aht.get().seconds(w, s)) : OptionalDouble.empty();
        for (int k = 0; k < occurrences; k++) {
          intervals.add(
              new IntervalForecast(start, f, band.low(h + 1, f), band.high(h + 1, f), seconds));
        }
      }
    }
    return new QueueForecast(
        history.queue(),
        minutes,
        chosen.name(),
        intervals,
        report,
        analysis.outliers(),
        analysis.effects(),
        new ArrayList<>(warnings));
  }

  private static double[] adjusted(double[] base, DayAdjustment adjustment, OpenHours open, int w) {
    double[] v = new double[base.length];
    double total = 0;
    for (int s = 0; s < base.length; s++) {
      v[s] = open.isOpen(w, s) ? Math.max(0, base[s]) : 0;
      total += v[s];
    }
    if (adjustment.shape().isPresent() && total > 0) {
      double[] kind = adjustment.shape().get();
      double kindTotal = 0;
      for (int s = 0; s < base.length; s++) {
        kindTotal += open.isOpen(w, s) ? kind[s] : 0;
      }
      if (kindTotal > 0) {
        double n = adjustment.shapeDays();
        for (int s = 0; s < base.length; s++) {
          double kindShare = open.isOpen(w, s) ? kind[s] / kindTotal : 0;
          double share = (n * kindShare + SHAPE_PRIOR_DAYS * v[s] / total) / (n + SHAPE_PRIOR_DAYS);
          v[s] = total * share;
        }
      }
    }
    for (int s = 0; s < v.length; s++) {
      v[s] *= adjustment.factor();
    }
    return v;
  }
}
