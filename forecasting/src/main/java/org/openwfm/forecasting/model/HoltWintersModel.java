package org.openwfm.forecasting.model;

import java.util.Arrays;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Double-seasonal Holt-Winters in the manner of Taylor (2003): an additive level, an intraday
 * seasonal cycle (one open day of slots), a weekly cycle (one open week) and an AR(1) adjustment of
 * the one-step error, run directly on the interval series. The series holds only open weekdays and
 * the slots open on some weekday, so a centre closed at weekends has a five-day week. Absent
 * intervals (missing days, closed slots) are filled by the model's own forecast and do not update
 * it.
 *
 * <p>The smoothing parameters (level, day, week, AR) minimise the squared error of day-ahead
 * forecasts (each open day forecast whole from the end of the day before) over the last {@code
 * fitWeeks} weeks, by Nelder-Mead on a logistic scale: one-step fitting favours a nervous level
 * that tracks noise and serves forecasts a day or more ahead badly.
 */
public final class HoltWintersModel implements ForecastModel {
  private final int fitWeeks;
  private final double[] fixedParameters;

  /** Fits over the last 12 weeks. */
  public HoltWintersModel() {
    this(12);
  }

  private HoltWintersModel(int fitWeeks, double[] fixedParameters) {
    this.fitWeeks = fitWeeks;
    this.fixedParameters = fixedParameters;
  }

  /**
   * @param fitWeeks how many recent weeks the parameters are fitted on, at least 2
   */
  public HoltWintersModel(int fitWeeks) {
    if (fitWeeks < 2) {
      throw new IllegalArgumentException("fit weeks must be at least 2, got " + fitWeeks);
    }
    this.fitWeeks = fitWeeks;
    this.fixedParameters = null;
  }

  @Override
  public ForecastModel tunedOn(TrainingData data) {
    Prepared p = prepare(data);
    if (p == null) {
      return this;
    }
    return new HoltWintersModel(fitWeeks, fit(p.y, p.daySlots, p.season, p.fitFrom));
  }

  /** The smoothing parameters (level, day, week, AR), when fixed by {@link #tunedOn}. */
  java.util.Optional<double[]> parameters() {
    return java.util.Optional.ofNullable(fixedParameters).map(double[]::clone);
  }

  @Override
  public String name() {
    return "holt-winters";
  }

  private record Prepared(double[] y, int daySlots, int season, int fitFrom, int[] slotIndex) {}

  /** The open-slot series of the recent weeks, or null when there are under two open weeks. */
  private Prepared prepare(TrainingData data) {
    OpenHours open = data.open();
    int weekDays = open.openDaysPerWeek();
    if (weekDays == 0) {
      return null;
    }
    int[] slotIndex = unionSlots(data);
    int daySlots = slotIndex.length;
    int first = 0;
    int minDays = 7 * (fitWeeks + 1);
    if (data.days() > minDays + 7 * 4) {
      first = data.days() - minDays - 7 * 4; // four warm-up weeks before the fitted span
    }
    while (first < data.days() && !open.isOpenDay(data.weekday(first))) {
      first++;
    }
    int openDays = 0;
    for (int d = first; d < data.days(); d++) {
      openDays += open.isOpenDay(data.weekday(d)) ? 1 : 0;
    }
    if (openDays < 2 * weekDays) {
      return null;
    }
    double[] y = new double[openDays * daySlots];
    int i = 0;
    for (int d = first; d < data.days(); d++) {
      int w = data.weekday(d);
      if (!open.isOpenDay(w)) {
        continue;
      }
      for (int s : slotIndex) {
        y[i++] = open.isOpen(w, s) ? data.value(d, s) : Double.NaN;
      }
    }
    int season = daySlots * weekDays;
    int fitFrom = Math.max(season, y.length - fitWeeks * season);
    return new Prepared(y, daySlots, season, fitFrom, slotIndex);
  }

  @Override
  public double[][] forecast(TrainingData data, int horizonDays) {
    double[][] out = new double[horizonDays][data.slots()];
    Prepared p = prepare(data);
    if (p == null) {
      return new WeekdayAverageModel(Integer.MAX_VALUE, false).forecast(data, horizonDays);
    }
    double[] params =
        fixedParameters != null ? fixedParameters : fit(p.y, p.daySlots, p.season, p.fitFrom);
    int futureOpenDays = 0;
    for (int h = 0; h < horizonDays; h++) {
      futureOpenDays += data.open().isOpenDay(data.weekday(data.days() + h)) ? 1 : 0;
    }
    double[] path = run(p.y, p.daySlots, p.season, params, 0, futureOpenDays * p.daySlots);
    int k = 0;
    for (int h = 0; h < horizonDays; h++) {
      if (!data.open().isOpenDay(data.weekday(data.days() + h))) {
        continue;
      }
      for (int j = 0; j < p.daySlots; j++) {
        out[h][p.slotIndex[j]] = Math.max(0, path[k * p.daySlots + j]);
      }
      k++;
    }
    return out;
  }

  private static int[] unionSlots(TrainingData data) {
    int[] idx = new int[data.slots()];
    int n = 0;
    for (int s = 0; s < data.slots(); s++) {
      if (data.open().isOpenOnSomeDay(s)) {
        idx[n++] = s;
      }
    }
    return Arrays.copyOf(idx, n);
  }

  private static double[] fit(double[] y, int daySlots, int season, int fitFrom) {
    MultivariateFunction sse =
        z -> {
          double[] p = new double[z.length];
          for (int j = 0; j < z.length; j++) {
            p[j] = 1 / (1 + Math.exp(-z[j]));
          }
          return run(y, daySlots, season, p, fitFrom, 0)[0];
        };
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-4, 1e-6);
    PointValuePair best =
        optimizer.optimize(
            new MaxEval(300),
            new ObjectiveFunction(sse),
            GoalType.MINIMIZE,
            new InitialGuess(new double[] {-3, -3, -3, 0}),
            new NelderMeadSimplex(4, 1.5));
    double[] z = best.getPoint();
    double[] p = new double[z.length];
    for (int j = 0; j < z.length; j++) {
      p[j] = 1 / (1 + Math.exp(-z[j]));
    }
    return p;
  }

  /**
   * Runs the recursions. With {@code ahead == 0} returns {@code [sse over t >= fitFrom]}; otherwise
   * the forecasts of the {@code ahead} intervals after the series.
   */
  static double[] run(double[] y, int daySlots, int season, double[] p, int fitFrom, int ahead) {
    double alpha = p[0];
    double delta = p[1];
    double omega = p[2];
    double phi = p[3];
    // Initial state from up to four warm-up weeks: level their mean, the weekly cycle their average
    // deviations, so a single noisy week does not fix the cycle.
    int warmWeeks = Math.max(1, Math.min(4, y.length / season - 1));
    double level = 0;
    int count = 0;
    double[] week = new double[season];
    int[] weekCount = new int[season];
    for (int t = 0; t < warmWeeks * season; t++) {
      if (!Double.isNaN(y[t])) {
        level += y[t];
        count++;
        week[t % season] += y[t];
        weekCount[t % season]++;
      }
    }
    level = count == 0 ? 0 : level / count;
    for (int t = 0; t < season; t++) {
      week[t] = weekCount[t] == 0 ? 0 : week[t] / weekCount[t] - level;
    }
    double[] day = new double[daySlots];
    double error = 0;
    double sse = 0;
    for (int t = season; t < y.length; t++) {
      int wi = t % season;
      int di = t % daySlots;
      if (t >= fitFrom && di == 0) {
        // Score what matters to a planner: the whole next day forecast from this day boundary.
        double ar = error;
        for (int k = 0; k < daySlots && t + k < y.length; k++) {
          ar *= phi;
          double v = y[t + k];
          if (!Double.isNaN(v)) {
            double f = level + day[(t + k) % daySlots] + week[(t + k) % season] + ar;
            sse += (v - f) * (v - f);
          }
        }
      }
      double base = level + day[di] + week[wi];
      if (Double.isNaN(y[t])) {
        error *= phi;
        continue;
      }
      double e = y[t] - base;
      level += alpha * e;
      day[di] += delta * e;
      week[wi] += omega * e;
      error = e;
    }
    if (ahead == 0) {
      return new double[] {sse};
    }
    double[] f = new double[ahead];
    double ar = error;
    for (int k = 0; k < ahead; k++) {
      int t = y.length + k;
      ar *= phi;
      // Forecasts beyond the first step use the last known state.
      f[k] = level + day[t % daySlots] + week[t % season] + ar;
    }
    return f;
  }
}
