package org.openwfm.forecasting.model;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Forecast of daily totals (contacts per day) by robust regression on the log scale: weekday
 * effects and a linear trend fitted with exponentially decaying weights (recent weeks count most,
 * so level and weekday pattern follow the data); yearly seasonality by Fourier terms once the
 * history spans more than 400 days and a day-of-month cycle by 0 to 6 Fourier pairs (pay days,
 * statements; the number chosen by AIC) once it spans four months, both fitted on the whole
 * history; and the persistence of the latest residual (an AR(1) on open days) fading with the
 * horizon. Outlying days are down-weighted by Huber weights. Days without a complete total are
 * skipped.
 */
public final class DailyTotalModel {
  private static final double YEAR = 365.25;
  private static final int FOURIER_TERMS = 4;
  private static final int MONTHLY_TERMS = 6;
  private static final int MIN_MONTHLY_SPAN = 120;

  private final double halfLifeDays;
  private final boolean residualPersistence;
  private final double trendDamping;
  private final Calendar fixedCalendar; // null: fitted at each forecast

  /**
   * @param halfLifeDays age in days at which a day's weight in the level and weekday fit halves
   * @param residualPersistence whether to carry the latest residual forward (AR(1) on open days)
   */
  public DailyTotalModel(double halfLifeDays, boolean residualPersistence) {
    this(halfLifeDays, residualPersistence, 1);
  }

  /**
   * @param halfLifeDays age in days at which a day's weight in the level and weekday fit halves
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
    this.fixedCalendar = null;
  }

  private DailyTotalModel(DailyTotalModel model, Calendar calendar) {
    this.halfLifeDays = model.halfLifeDays;
    this.residualPersistence = model.residualPersistence;
    this.trendDamping = model.trendDamping;
    this.fixedCalendar = calendar;
  }

  /**
   * This model with its yearly and day-of-month cycles estimated once on {@code data} and then held
   * fixed (level, weekday effects and trend are still fitted at each forecast).
   */
  public DailyTotalModel tunedOn(TrainingData data) {
    List<Integer> days = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    completeDays(data, days, ys);
    if (days.isEmpty()) {
      return this;
    }
    double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
    return new DailyTotalModel(
        this, fitCalendar(data, days, y, days.get(days.size() - 1) - days.get(0)));
  }

  private static void completeDays(TrainingData data, List<Integer> days, List<Double> ys) {
    for (int d = 0; d < data.days(); d++) {
      double t = data.dayTotal(d);
      if (!Double.isNaN(t)) {
        days.add(d);
        ys.add(Math.log1p(t));
      }
    }
  }

  /**
   * Forecasts the total of each calendar day after the training data.
   *
   * @return contacts per day, 0 for closed weekdays
   */
  public double[] forecast(TrainingData data, int horizonDays) {
    int n = data.days();
    List<Integer> days = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      double t = data.dayTotal(d);
      if (!Double.isNaN(t)) {
        days.add(d);
        ys.add(Math.log1p(t));
      }
    }
    double[] out = new double[horizonDays];
    if (days.isEmpty()) {
      return out;
    }
    int m = days.size();
    double[] y = new double[m];
    for (int i = 0; i < m; i++) {
      y[i] = ys.get(i);
    }
    double span = days.get(m - 1) - days.get(0);
    Calendar calendar = fixedCalendar != null ? fixedCalendar : fitCalendar(data, days, y, span);
    double[] yearly = new double[m];
    for (int i = 0; i < m; i++) {
      yearly[i] = calendar.effect(data, days.get(i));
    }
    boolean[] weekdayUsed = new boolean[7];
    for (int d : days) {
      weekdayUsed[data.weekday(d)] = true;
    }
    int[] column = new int[7];
    int p = 0;
    for (int w = 0; w < 7; w++) {
      column[w] = weekdayUsed[w] ? p++ : -1;
    }
    boolean trend = span >= 28;
    int trendCol = trend ? p++ : -1;
    double[][] x = new double[m][p];
    double[] target = new double[m];
    double[] weight = new double[m];
    int last = n - 1;
    for (int i = 0; i < m; i++) {
      int d = days.get(i);
      x[i][column[data.weekday(d)]] = 1;
      if (trend) {
        x[i][trendCol] = (d - last) / YEAR;
      }
      target[i] = y[i] - yearly[i];
      weight[i] = Math.pow(0.5, (last - d) / halfLifeDays);
    }
    double[] beta = robustFit(x, target, weight);
    double[] residual = new double[m];
    for (int i = 0; i < m; i++) {
      residual[i] = target[i] - dot(x[i], beta);
    }
    double phi = 0;
    double lastResidual = residual[m - 1];
    if (residualPersistence && m > 10) {
      double num = 0;
      double den = 0;
      for (int i = 1; i < m; i++) {
        double w = weight[i];
        num += w * residual[i] * residual[i - 1];
        den += w * residual[i - 1] * residual[i - 1];
      }
      phi = den > 0 ? Math.max(0, Math.min(0.9, num / den)) : 0;
      // A single wild last day should not drag the forecast: cap at 3 robust scales.
      double scale = 1.4826 * medianAbs(residual);
      lastResidual = Math.max(-3 * scale, Math.min(3 * scale, lastResidual));
    }
    int stepsAhead = 0;
    for (int h = 0; h < horizonDays; h++) {
      int d = n + h;
      int w = data.weekday(d);
      if (!data.open().isOpenDay(w)) {
        continue;
      }
      stepsAhead++;
      double level;
      if (column[w] >= 0) {
        level = beta[column[w]];
      } else {
        level = meanOf(beta, column);
      }
      if (trend) {
        level += beta[trendCol] * dampedDays(d - last) / YEAR;
      }
      level += calendar.effect(data, d);
      level += lastResidual * Math.pow(phi, stepsAhead);
      out[h] = Math.max(0, Math.expm1(level));
    }
    return out;
  }

  /**
   * The yearly (Fourier in the day of the year, when the history spans more than 400 days) and
   * monthly (Fourier in the day of the month, e.g. pay-day and statement peaks, as many pairs as
   * the AIC wants) components, fitted on the whole history with weekday effects and a linear trend.
   */
  private record Calendar(double[] yearly, double[] monthly) {
    double effect(TrainingData data, int d) {
      return fourier(d, yearly) + monthlyTerms(data, d, monthly);
    }
  }

  private Calendar fitCalendar(TrainingData data, List<Integer> days, double[] y, double span) {
    int yearlyTerms = span > 400 ? FOURIER_TERMS : 0;
    int monthlyTerms = span >= MIN_MONTHLY_SPAN ? MONTHLY_TERMS : 0;
    if (yearlyTerms == 0 && monthlyTerms == 0) {
      return new Calendar(new double[0], new double[0]);
    }
    // The number of monthly harmonics (0 = none) with the lowest AIC, the criterion aimed at
    // prediction.
    int m = days.size();
    double[] best = calendarFit(data, days, y, yearlyTerms, 0);
    int bestK = 0;
    double bestAic = m * Math.log(rss(data, days, y, best, yearlyTerms, 0));
    for (int k = 1; k <= monthlyTerms; k++) {
      double[] beta = calendarFit(data, days, y, yearlyTerms, k);
      double aic = m * Math.log(rss(data, days, y, beta, yearlyTerms, k)) + 2 * (2 * k);
      if (aic < bestAic) {
        bestAic = aic;
        best = beta;
        bestK = k;
      }
    }
    double[] yearly = java.util.Arrays.copyOfRange(best, 8, 8 + 2 * yearlyTerms);
    double[] monthly =
        java.util.Arrays.copyOfRange(best, 8 + 2 * yearlyTerms, 8 + 2 * yearlyTerms + 2 * bestK);
    return new Calendar(yearly, monthly);
  }

  private static double[] calendarRow(TrainingData data, int d, int last, int yearly, int monthly) {
    double[] x = new double[8 + 2 * yearly + 2 * monthly];
    x[data.weekday(d)] = 1;
    x[7] = (d - last) / YEAR;
    for (int k = 1; k <= yearly; k++) {
      double a = 2 * Math.PI * k * d / YEAR;
      x[6 + 2 * k] = Math.sin(a);
      x[7 + 2 * k] = Math.cos(a);
    }
    java.time.LocalDate date = data.firstDay().plusDays(d);
    double phase = 2 * Math.PI * (date.getDayOfMonth() - 1) / date.lengthOfMonth();
    for (int k = 1; k <= monthly; k++) {
      x[6 + 2 * yearly + 2 * k] = Math.sin(k * phase);
      x[7 + 2 * yearly + 2 * k] = Math.cos(k * phase);
    }
    return x;
  }

  private static double[] calendarFit(
      TrainingData data, List<Integer> days, double[] y, int yearly, int monthly) {
    int m = days.size();
    double[][] x = new double[m][];
    double[] w = new double[m];
    int last = data.days() - 1;
    for (int i = 0; i < m; i++) {
      x[i] = calendarRow(data, days.get(i), last, yearly, monthly);
      w[i] = 1;
    }
    return robustFit(x, y, w);
  }

  private static double rss(
      TrainingData data, List<Integer> days, double[] y, double[] beta, int yearly, int monthly) {
    int last = data.days() - 1;
    double[] r = new double[days.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = y[i] - dot(calendarRow(data, days.get(i), last, yearly, monthly), beta);
    }
    // Plain squares: a pay-day peak touches few days, which a robust scale would not see.
    double sum = 0;
    for (double v : r) {
      sum += v * v;
    }
    return sum / r.length + 1e-12;
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

  private static double monthlyTerms(TrainingData data, int d, double[] coef) {
    if (coef.length == 0) {
      return 0;
    }
    java.time.LocalDate date = data.firstDay().plusDays(d);
    double phase = 2 * Math.PI * (date.getDayOfMonth() - 1) / date.lengthOfMonth();
    double v = 0;
    for (int k = 1; k <= coef.length / 2; k++) {
      v += coef[2 * k - 2] * Math.sin(k * phase) + coef[2 * k - 1] * Math.cos(k * phase);
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
