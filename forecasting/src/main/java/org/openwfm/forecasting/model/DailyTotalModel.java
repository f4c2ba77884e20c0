package org.openwfm.forecasting.model;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Forecast of daily totals (contacts per day) by robust regression on the log scale. A local fit
 * with exponentially decaying weights (recent weeks count most, so the pattern follows the data)
 * holds the weekday effects, a linear trend and a day-of-month cycle (0 to 6 Fourier pairs, the
 * number chosen by AIC, once the history spans four months: pay days, statements) and, when the
 * AIC asks for them, a level of their own for each of the first three full days of the month (the
 * weekdays within a factor 2 of the busiest; a month-start peak is a step that follows the working
 * days, which a few harmonics in the calendar day smear); a yearly cycle
 * (Fourier terms) is fitted on the whole history once it spans more than 400 days and removed
 * first; the latest residual is carried forward as an AR(1) on open days, fading with the horizon.
 * Outlying days are down-weighted by Huber weights. Days without a complete total are skipped.
 */
public final class DailyTotalModel {
  private static final double YEAR = 365.25;
  private static final int YEARLY_TERMS = 4;
  private static final int MIN_YEARLY_SPAN = 400;
  private static final int MONTHLY_TERMS = 6;
  private static final int MIN_MONTHLY_SPAN = 120;
  /** Month-start days with their own level when the AIC asks for them (first 3 full days). */
  private static final int MONTH_START_DAYS = 3;

  private final double halfLifeDays;
  private final boolean residualPersistence;
  private final double trendDamping;
  private final double[] fixedYearly; // null: fitted at each forecast
  private final int fixedMonthlyTerms; // -1: chosen at each forecast
  private final int fixedMonthStartDays;

  /**
   * @param halfLifeDays age in days at which a day's weight in the local fit halves
   * @param residualPersistence whether to carry the latest residual forward (AR(1) on open days)
   */
  public DailyTotalModel(double halfLifeDays, boolean residualPersistence) {
    this(halfLifeDays, residualPersistence, 1);
  }

  /**
   * @param halfLifeDays age in days at which a day's weight in the local fit halves
   * @param residualPersistence whether to carry the latest residual forward (AR(1) on open days)
   * @param trendDamping per-day damping of the trend beyond the history, in (0, 1]; 1 = a straight
   *     line. Long horizons need damping: a trend seldom runs on for a year and a half.
   */
  public DailyTotalModel(double halfLifeDays, boolean residualPersistence, double trendDamping) {
    if (!(halfLifeDays > 0)) {
      throw new IllegalArgumentException("half-life must be positive, got " + halfLifeDays);
    }
    if (!(trendDamping > 0 && trendDamping <= 1)) {
      throw new IllegalArgumentException("trend damping must lie in (0, 1], got " + trendDamping);
    }
    this.halfLifeDays = halfLifeDays;
    this.residualPersistence = residualPersistence;
    this.trendDamping = trendDamping;
    this.fixedYearly = null;
    this.fixedMonthlyTerms = -1;
    this.fixedMonthStartDays = 0;
  }

  private DailyTotalModel(DailyTotalModel model, double[] yearly, int[] monthly) {
    this.halfLifeDays = model.halfLifeDays;
    this.residualPersistence = model.residualPersistence;
    this.trendDamping = model.trendDamping;
    this.fixedYearly = yearly;
    this.fixedMonthlyTerms = monthly[0];
    this.fixedMonthStartDays = monthly[1];
  }

  /**
   * This model with its yearly cycle and its number of day-of-month harmonics estimated once on
   * {@code data} and then held fixed; the local fit is still made at each forecast.
   */
  public DailyTotalModel tunedOn(TrainingData data) {
    Sample sample = Sample.of(data);
    if (sample.size() == 0) {
      return this;
    }
    double[] yearly = fitYearly(data, sample);
    Local local = new Local(data, sample, yearly, halfLifeDays);
    return new DailyTotalModel(this, yearly, local.chooseMonthly());
  }

  /** The days with a complete total and their log totals. */
  private record Sample(int[] days, double[] y) {
    static Sample of(TrainingData data) {
      List<Integer> days = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (int d = 0; d < data.days(); d++) {
        double t = data.dayTotal(d);
        if (!Double.isNaN(t)) {
          days.add(d);
          ys.add(Math.log1p(t));
        }
      }
      return new Sample(
          days.stream().mapToInt(Integer::intValue).toArray(),
          ys.stream().mapToDouble(Double::doubleValue).toArray());
    }

    int size() {
      return days.length;
    }

    int span() {
      return days.length == 0 ? 0 : days[days.length - 1] - days[0];
    }
  }

  /**
   * Forecasts the total of each calendar day after the training data.
   *
   * @return contacts per day, 0 for closed weekdays
   */
  public double[] forecast(TrainingData data, int horizonDays) {
    double[] out = new double[horizonDays];
    Sample sample = Sample.of(data);
    if (sample.size() == 0) {
      return out;
    }
    double[] yearly = fixedYearly != null ? fixedYearly : fitYearly(data, sample);
    Local local = new Local(data, sample, yearly, halfLifeDays);
    int[] monthly =
        fixedMonthlyTerms >= 0
            ? new int[] {fixedMonthlyTerms, fixedMonthStartDays}
            : local.chooseMonthly();
    int monthlyTerms = monthly[0];
    int startDays = monthly[1];
    double[] beta = local.fit(monthlyTerms, startDays);
    int m = sample.size();
    double[] residual = new double[m];
    for (int i = 0; i < m; i++) {
      double[] x = local.row(sample.days[i], monthlyTerms, startDays);
      residual[i] = local.target[i] - dot(x, beta);
    }
    double phi = 0;
    double lastResidual = residual[m - 1];
    if (residualPersistence && m > 10) {
      double num = 0;
      double den = 0;
      for (int i = 1; i < m; i++) {
        num += local.weight[i] * residual[i] * residual[i - 1];
        den += local.weight[i] * residual[i - 1] * residual[i - 1];
      }
      phi = den > 0 ? Math.max(0, Math.min(0.9, num / den)) : 0;
      // A single wild last day should not drag the forecast: cap at 3 robust scales.
      double scale = 1.4826 * medianAbs(residual);
      lastResidual = Math.max(-3 * scale, Math.min(3 * scale, lastResidual));
    }
    int last = data.days() - 1;
    int stepsAhead = 0;
    for (int h = 0; h < horizonDays; h++) {
      int d = last + 1 + h;
      int w = data.weekday(d);
      if (!data.open().isOpenDay(w)) {
        continue;
      }
      stepsAhead++;
      double[] x = local.row(d, monthlyTerms, startDays);
      if (local.trendCol >= 0) {
        x[local.trendCol] = dampedDays(d - last) / YEAR;
      }
      // A weekday open now but without complete days in the sample gets the mean weekday level.
      double level = dot(x, beta) + (local.column[w] < 0 ? meanOf(beta, local.column) : 0);
      out[h] = finish(level, d, yearly, lastResidual, phi, stepsAhead);
    }
    return out;
  }

  private static double finish(
      double level, int d, double[] yearly, double lastResidual, double phi, int stepsAhead) {
    double log = level + fourier(d, yearly) + lastResidual * Math.pow(phi, stepsAhead);
    return Math.max(0, Math.expm1(log));
  }

  /**
   * The weighted local regression: weekday effects, trend (when the sample spans four weeks) and
   * day-of-month harmonics, on the log totals less the yearly cycle.
   */
  private static final class Local {
    final TrainingData data;
    final Sample sample;
    final double[] target;
    final double[] weight;
    final int[] column = new int[7];
    final int trendCol;
    final int monthlyFrom;
    final int last;
    final boolean monthlyAllowed;

    Local(TrainingData data, Sample sample, double[] yearly, double halfLifeDays) {
      this.data = data;
      this.sample = sample;
      this.last = data.days() - 1;
      int m = sample.size();
      target = new double[m];
      weight = new double[m];
      boolean[] used = new boolean[7];
      for (int i = 0; i < m; i++) {
        int d = sample.days[i];
        target[i] = sample.y[i] - fourier(d, yearly);
        weight[i] = Math.pow(0.5, (last - d) / halfLifeDays);
        used[data.weekday(d)] = true;
      }
      int p = 0;
      for (int w = 0; w < 7; w++) {
        column[w] = used[w] ? p++ : -1;
      }
      trendCol = sample.span() >= 28 ? p++ : -1;
      monthlyFrom = p;
      monthlyAllowed = sample.span() >= MIN_MONTHLY_SPAN;
      double[] mean = new double[7];
      int[] count = new int[7];
      for (int i = 0; i < m; i++) {
        mean[data.weekday(sample.days[i])] += sample.y[i];
        count[data.weekday(sample.days[i])]++;
      }
      double max = Double.NEGATIVE_INFINITY;
      for (int w = 0; w < 7; w++) {
        mean[w] = count[w] > 0 ? mean[w] / count[w] : Double.NEGATIVE_INFINITY;
        max = Math.max(max, mean[w]);
      }
      for (int w = 0; w < 7; w++) {
        full[w] = mean[w] >= max - Math.log(2);
      }
    }

    /** Weekdays within a factor 2 of the busiest: the days that count as the month's first days. */
    final boolean[] full = new boolean[7];

    /** 1 for the first full day of the month, 2 for the second, ...; 0 on other weekdays. */
    int businessDay(int d) {
      java.time.LocalDate date = data.firstDay().plusDays(d);
      int n = 0;
      for (int k = 0; k < date.getDayOfMonth(); k++) {
        if (full[data.weekday(d - k)]) {
          n++;
        }
      }
      return full[data.weekday(d)] ? n : 0;
    }

    double[] row(int d, int monthlyTerms, int startDays) {
      double[] x = new double[monthlyFrom + 2 * monthlyTerms + startDays];
      if (startDays > 0) {
        int b = businessDay(d);
        if (b >= 1 && b <= startDays) {
          x[monthlyFrom + 2 * monthlyTerms + b - 1] = 1;
        }
      }
      int w = data.weekday(d);
      if (column[w] >= 0) {
        x[column[w]] = 1;
      }
      if (trendCol >= 0) {
        x[trendCol] = (d - last) / YEAR;
      }
      if (monthlyTerms > 0) {
        java.time.LocalDate date = data.firstDay().plusDays(d);
        double phase = 2 * Math.PI * (date.getDayOfMonth() - 1) / date.lengthOfMonth();
        for (int k = 1; k <= monthlyTerms; k++) {
          x[monthlyFrom + 2 * k - 2] = Math.sin(k * phase);
          x[monthlyFrom + 2 * k - 1] = Math.cos(k * phase);
        }
      }
      return x;
    }

    double[] fit(int monthlyTerms, int startDays) {
      double[][] x = new double[sample.size()][];
      for (int i = 0; i < x.length; i++) {
        x[i] = row(sample.days[i], monthlyTerms, startDays);
      }
      return robustFit(x, target, weight);
    }

    /**
     * The number of day-of-month harmonics and of month-start days ({@code {terms, 0 or 3}}) with
     * the lowest AIC of the weighted fit (effective sample size {@code (sum w)^2 / sum w^2}); AIC
     * aims at prediction, and a pay-day peak touches few days.
     */
    int[] chooseMonthly() {
      if (!monthlyAllowed) {
        return new int[] {0, 0};
      }
      double sw = 0;
      double sw2 = 0;
      for (double w : weight) {
        sw += w;
        sw2 += w * w;
      }
      double effective = sw * sw / sw2;
      int[] best = {0, 0};
      double bestAic = Double.POSITIVE_INFINITY;
      for (int b : new int[] {0, MONTH_START_DAYS}) {
        for (int k = 0; k <= MONTHLY_TERMS; k++) {
          if (monthlyFrom + 2 * k + b >= effective / 2) {
            break;
          }
          double[] beta = fit(k, b);
          double rss = 0;
          for (int i = 0; i < sample.size(); i++) {
            double r = target[i] - dot(row(sample.days[i], k, b), beta);
            rss += weight[i] * r * r;
          }
          double aic = effective * Math.log(rss / sw + 1e-12) + 2 * (2 * k + b);
          if (aic < bestAic) {
            bestAic = aic;
            best = new int[] {k, b};
          }
        }
      }
      return best;
    }
  }

  /**
   * The yearly cycle (Fourier coefficients in the day of the year) fitted on the whole history with
   * weekday effects and a linear trend; empty when the history spans 400 days or less.
   */
  private static double[] fitYearly(TrainingData data, Sample sample) {
    if (sample.span() <= MIN_YEARLY_SPAN) {
      return new double[0];
    }
    int m = sample.size();
    int last = data.days() - 1;
    double[][] x = new double[m][8 + 2 * YEARLY_TERMS];
    double[] w = new double[m];
    for (int i = 0; i < m; i++) {
      int d = sample.days[i];
      x[i][data.weekday(d)] = 1;
      x[i][7] = (d - last) / YEAR;
      for (int k = 1; k <= YEARLY_TERMS; k++) {
        double a = 2 * Math.PI * k * d / YEAR;
        x[i][6 + 2 * k] = Math.sin(a);
        x[i][7 + 2 * k] = Math.cos(a);
      }
      w[i] = 1;
    }
    double[] beta = robustFit(x, sample.y, w);
    return java.util.Arrays.copyOfRange(beta, 8, 8 + 2 * YEARLY_TERMS);
  }

  /** Sum of damping^j for j = 1..days: the days of trend a forecast {@code days} ahead receives. */
  private double dampedDays(int days) {
    if (trendDamping == 1) {
      return days;
    }
    return trendDamping * (1 - Math.pow(trendDamping, days)) / (1 - trendDamping);
  }

  private static double fourier(int d, double[] coef) {
    double v = 0;
    for (int k = 1; k <= coef.length / 2; k++) {
      double a = 2 * Math.PI * k * d / YEAR;
      v += coef[2 * k - 2] * Math.sin(a) + coef[2 * k - 1] * Math.cos(a);
    }
    return v;
  }

  /** Weighted least squares with Huber re-weighting (a few IRLS steps). */
  static double[] robustFit(double[][] x, double[] y, double[] priorWeight) {
    int m = x.length;
    double[] w = priorWeight.clone();
    double[] beta = weightedLeastSquares(x, y, w);
    for (int iter = 0; iter < 4; iter++) {
      double[] r = new double[m];
      for (int i = 0; i < m; i++) {
        r[i] = y[i] - dot(x[i], beta);
      }
      double scale = 1.4826 * medianAbs(r);
      if (scale <= 1e-12) {
        break;
      }
      double c = 1.345 * scale;
      for (int i = 0; i < m; i++) {
        double a = Math.abs(r[i]);
        w[i] = priorWeight[i] * (a <= c ? 1 : c / a);
      }
      beta = weightedLeastSquares(x, y, w);
    }
    return beta;
  }

  private static double[] weightedLeastSquares(double[][] x, double[] y, double[] w) {
    int m = x.length;
    int p = x[0].length;
    // Columns that are zero everywhere (a weekday never open) carry no information: leave them out.
    int[] active = new int[p];
    int q = 0;
    for (int j = 0; j < p; j++) {
      for (int i = 0; i < m; i++) {
        if (x[i][j] != 0 && w[i] > 0) {
          active[q++] = j;
          break;
        }
      }
    }
    double[][] a = new double[m][q];
    double[] b = new double[m];
    for (int i = 0; i < m; i++) {
      double s = Math.sqrt(w[i]);
      for (int k = 0; k < q; k++) {
        a[i][k] = x[i][active[k]] * s;
      }
      b[i] = y[i] * s;
    }
    double[] beta = new double[p];
    try {
      double[] solved =
          new QRDecomposition(new Array2DRowRealMatrix(a, false), 1e-10)
              .getSolver()
              .solve(new ArrayRealVector(b, false))
              .toArray();
      for (int k = 0; k < q; k++) {
        beta[active[k]] = solved[k];
      }
      return beta;
    } catch (SingularMatrixException e) {
      // Too few distinct days for the other terms: fall back to weighted means of the indicator
      // columns.
      for (int j = 0; j < p; j++) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < m; i++) {
          if (x[i][j] == 1) {
            num += w[i] * y[i];
            den += w[i];
          }
        }
        beta[j] = den > 0 ? num / den : 0;
      }
      return beta;
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double meanOf(double[] beta, int[] column) {
    double s = 0;
    int k = 0;
    for (int c : column) {
      if (c >= 0) {
        s += beta[c];
        k++;
      }
    }
    return k == 0 ? 0 : s / k;
  }

  static double medianAbs(double[] r) {
    double[] a = new double[r.length];
    for (int i = 0; i < r.length; i++) {
      a[i] = Math.abs(r[i]);
    }
    return WeekdayAverageModel.median(a, a.length);
  }
}
