package org.openwfm.forecasting.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.forecasting.model.ForecastModel;
import org.openwfm.forecasting.model.TrainingData;

/**
 * Rolling-origin back-test on a queue's own history: each candidate model forecasts the days after
 * several past origins from the data before each origin, and is scored against what happened on the
 * open intervals that have data (event and outlier days are blank in the data and so not scored).
 *
 * <p>Origins step back from the end by a week (or by the horizon when it is shorter), so every
 * weekday is scored; their number covers about eight weeks of forecast days. Model parameters are
 * estimated once on the history before the earliest origin ({@link ForecastModel#tunedOn}) and held
 * fixed across origins, which keeps the back-test fast without letting a model see the days it is
 * scored on.
 */
public final class Backtester {
  private static final int MIN_TRAINING_DAYS = 14;

  /** Scores and errors of each candidate. */
  public record Outcome(Map<String, Scored> byMethod, int origins, int horizonDays) {}

  /**
   * Accuracy and the (forecast, actual, horizon day) triples of one candidate; {@code originError}
   * is the sum of absolute errors at each origin.
   */
  public record Scored(
      List<MethodScore> scores,
      double[] forecast,
      double[] actual,
      int[] horizonDay,
      int count,
      double[] originError) {
    /** WAPE over all horizon days; infinite when nothing was scored. */
    public double wape() {
      return scores.isEmpty() ? Double.POSITIVE_INFINITY : scores.get(0).wape();
    }
  }

  /**
   * Runs the back-test.
   *
   * @param data the cleaned history
   * @param candidates the models to compare
   * @param horizonDays the requested forecast horizon; the back-test uses at most 14 days of it
   */
  public Outcome run(TrainingData data, List<ForecastModel> candidates, int horizonDays) {
    int horizon = Math.max(1, Math.min(horizonDays, 14));
    int step = Math.min(horizon, 7);
    int wanted = Math.max(8, (56 + step - 1) / step);
    List<Integer> origins = new ArrayList<>();
    for (int o = data.days() - horizon;
        o >= MIN_TRAINING_DAYS && origins.size() < wanted;
        o -= step) {
      origins.add(o);
    }
    double scale = seasonalNaiveScale(data);
    Map<String, Scored> result = new LinkedHashMap<>();
    for (ForecastModel candidate : candidates) {
      ForecastModel model =
          candidate.tunedOn(origins.isEmpty() ? data : data.head(origins.get(origins.size() - 1)));
      Accumulator all = new Accumulator(1, horizon);
      Accumulator week1 = new Accumulator(1, Math.min(7, horizon));
      Accumulator week2 = new Accumulator(8, horizon);
      int capacity = origins.size() * horizon * data.slots();
      double[] fs = new double[capacity];
      double[] as = new double[capacity];
      int[] hs = new int[capacity];
      int count = 0;
      double[] originError = new double[origins.size()];
      for (int oi = 0; oi < origins.size(); oi++) {
        int o = origins.get(oi);
        TrainingData training = data.head(o);
        double[][] f = model.forecast(training, horizon);
        for (int h = 0; h < horizon && o + h < data.days(); h++) {
          int w = data.weekday(o + h);
          for (int s = 0; s < data.slots(); s++) {
            double a = data.value(o + h, s);
            if (Double.isNaN(a) || !data.open().isOpen(w, s)) {
              continue;
            }
            all.add(f[h][s], a);
            originError[oi] += Math.abs(f[h][s] - a);
            (h < 7 ? week1 : week2).add(f[h][s], a);
            fs[count] = f[h][s];
            hs[count] = h + 1;
            as[count] = a;
            count++;
          }
        }
      }
      List<MethodScore> scores = new ArrayList<>();
      if (all.n > 0) {
        scores.add(all.score(candidate.name(), scale));
        if (horizon > 7) {
          scores.add(week1.score(candidate.name(), scale));
          if (week2.n > 0) {
            scores.add(week2.score(candidate.name(), scale));
          }
        }
      }
      result.put(candidate.name(), new Scored(scores, fs, as, hs, count, originError));
    }
    return new Outcome(result, origins.size(), horizon);
  }

  /**
   * The method to use: the first candidate (the default) unless another has a lower back-test WAPE
   * and a gain that is significant over the origins (paired t statistic of the per-origin absolute
   * errors below -2). Picking the plain minimum would switch methods on noise between close
   * candidates.
   */
  public static String choose(Outcome outcome, List<String> candidates) {
    String chosen = candidates.get(0);
    Scored base = outcome.byMethod().get(chosen);
    double bestWape = base.wape();
    for (String name : candidates.subList(1, candidates.size())) {
      Scored other = outcome.byMethod().get(name);
      if (!(other.wape() < bestWape)) {
        continue;
      }
      if (Double.isInfinite(base.wape()) || significantlyBetter(other, base)) {
        chosen = name;
        bestWape = other.wape();
      }
    }
    return chosen;
  }

  private static boolean significantlyBetter(Scored other, Scored base) {
    int n = base.originError().length;
    if (n < 3) {
      return false;
    }
    double mean = 0;
    for (int i = 0; i < n; i++) {
      mean += other.originError()[i] - base.originError()[i];
    }
    mean /= n;
    double var = 0;
    for (int i = 0; i < n; i++) {
      double dev = other.originError()[i] - base.originError()[i] - mean;
      var += dev * dev;
    }
    var /= n - 1;
    if (var == 0) {
      return mean < 0;
    }
    return mean / Math.sqrt(var / n) < -2;
  }

  /** Mean absolute change from the same interval a week earlier: the MASE denominator. */
  static double seasonalNaiveScale(TrainingData data) {
    double sum = 0;
    long n = 0;
    for (int d = 7; d < data.days(); d++) {
      for (int s = 0; s < data.slots(); s++) {
        double a = data.value(d, s);
        double b = data.value(d - 7, s);
        if (!Double.isNaN(a) && !Double.isNaN(b)) {
          sum += Math.abs(a - b);
          n++;
        }
      }
    }
    return n == 0 || sum == 0 ? Double.NaN : sum / n;
  }

  private static final class Accumulator {
    final int from;
    final int to;
    double absError;
    double error;
    double actual;
    long n;

    Accumulator(int from, int to) {
      this.from = from;
      this.to = to;
    }

    void add(double f, double a) {
      absError += Math.abs(f - a);
      error += f - a;
      actual += a;
      n++;
    }

    MethodScore score(String method, double scale) {
      double wape = actual > 0 ? absError / actual : Double.POSITIVE_INFINITY;
      double bias = actual > 0 ? error / actual : 0;
      return new MethodScore(method, from, to, wape, absError / n / scale, bias, n);
    }
  }
}
