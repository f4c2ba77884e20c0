package org.openwfm.forecasting.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.openwfm.forecasting.data.Event;
import org.openwfm.forecasting.model.OpenHours;
import org.openwfm.forecasting.model.TrainingData;

/**
 * Learns, for one queue, what each event kind did to the daily volume, finds outlier days, and
 * marks the days to keep out of model fitting.
 *
 * <p>A day's expected total is the median of the totals of the same weekday one to four weeks
 * before and after it, using only ordinary days. An event kind's day factor is the median ratio of
 * actual to expected over its past days; the day before and the day after (the nearest open days
 * outside any event) get the mean log ratio shrunk towards no effect by {@code n / (n + 1)}, so one
 * odd occurrence moves it only half way. Open weekdays with no data inside the history are
 * unannounced closures, a kind of their own ({@link #CLOSURE_KIND}), whose day-after effect is the
 * backlog that a closure leaves. An ordinary day whose log ratio lies beyond {@code max(0.25, 3.5
 * robust standard deviations)} of its weekday's ordinary days (all ordinary days when the weekday
 * has fewer than eight) is an outlier.
 */
public final class EventEffectLearner {
  /** The kind given to open weekdays without data inside the history. */
  public static final String CLOSURE_KIND = "closure";

  private static final double OUTLIER_FLOOR = 0.25;
  private static final int MIN_WEEKDAY_SAMPLE = 8;
  private static final double NEIGHBOUR_EFFECT_FLOOR = Math.log(1.05);

  /**
   * Learns from the history of one queue.
   *
   * @param data the queue's raw history (NaN = absent) with its opening hours
   * @param events the events that apply to this queue (all dates; those outside the history are
   *     ignored)
   */
  public EventAnalysis learn(TrainingData data, List<Event> events) {
    int n = data.days();
    LocalDate first = data.firstDay();
    OpenHours open = data.open();
    double[] total = new double[n];
    boolean[] hasData = new boolean[n];
    boolean[] special = new boolean[n];
    boolean[] openDay = new boolean[n];
    for (int d = 0; d < n; d++) {
      total[d] = data.dayTotal(d);
      openDay[d] = open.isOpenDay(data.weekday(d));
      for (int s = 0; s < data.slots(); s++) {
        hasData[d] |= !Double.isNaN(data.value(d, s));
      }
    }
    List<Occurrence> occurrences = new ArrayList<>();
    for (Event e : events) {
      int from = (int) java.time.temporal.ChronoUnit.DAYS.between(first, e.from());
      int to = (int) java.time.temporal.ChronoUnit.DAYS.between(first, e.to());
      if (to < 0 || from >= n) {
        continue;
      }
      occurrences.add(new Occurrence(e.kind(), Math.max(0, from), Math.min(n - 1, to)));
    }
    boolean[] covered = new boolean[n];
    for (Occurrence o : occurrences) {
      for (int d = o.from; d <= o.to; d++) {
        covered[d] = true;
      }
    }
    for (int d = 0; d < n; d++) {
      if (openDay[d] && !hasData[d] && !covered[d]) {
        int end = d;
        while (end + 1 < n && (!openDay[end + 1] || (!hasData[end + 1] && !covered[end + 1]))) {
          end++;
        }
        while (end > d && !openDay[end]) {
          end--;
        }
        occurrences.add(new Occurrence(CLOSURE_KIND, d, end));
        for (int k = d; k <= end; k++) {
          covered[k] = true;
        }
        d = end;
      }
    }
    for (Occurrence o : occurrences) {
      for (int d = o.from; d <= o.to; d++) {
        special[d] = true;
      }
      int before = neighbour(o.from, -1, openDay, covered);
      int after = neighbour(o.to, +1, openDay, covered);
      if (before >= 0) {
        special[before] = true;
      }
      if (after >= 0 && after < n) {
        special[after] = true;
      }
    }
    double[] expected = new double[n];
    double[] buffer = new double[8];
    for (int d = 0; d < n; d++) {
      int k = 0;
      for (int j = 1; j <= 4; j++) {
        for (int sign = -1; sign <= 1; sign += 2) {
          int r = d + sign * 7 * j;
          if (r >= 0 && r < n && !special[r] && !Double.isNaN(total[r])) {
            buffer[k++] = total[r];
          }
        }
      }
      expected[d] = k >= 2 ? median(buffer, k) : Double.NaN;
    }

    Map<String, Stats> stats = new LinkedHashMap<>();
    for (Occurrence o : occurrences) {
      Stats st = stats.computeIfAbsent(o.kind, x -> new Stats(data.slots()));
      st.occurrences++;
      boolean anyData = false;
      for (int d = o.from; d <= o.to; d++) {
        if (!openDay[d]) {
          continue;
        }
        if (hasData[d]) {
          anyData = true;
        }
        double r = logRatio(total[d], expected[d]);
        if (!Double.isNaN(r)) {
          st.own.add(r);
        }
        if (!Double.isNaN(total[d]) && total[d] > 0) {
          for (int s = 0; s < data.slots(); s++) {
            double v = data.value(d, s);
            st.shape[s] += Double.isNaN(v) ? 0 : v / total[d];
          }
          st.shapeDays++;
        }
      }
      if (anyData) {
        st.withData++;
      }
      int before = neighbour(o.from, -1, openDay, covered);
      int after = neighbour(o.to, +1, openDay, covered);
      if (before >= 0) {
        double r = logRatio(total[before], expected[before]);
        if (!Double.isNaN(r)) {
          st.before.add(r);
        }
      }
      if (after < n && after >= 0) {
        double r = logRatio(total[after], expected[after]);
        if (!Double.isNaN(r)) {
          st.after.add(r);
        }
      }
    }
    List<EventEffect> effects = new ArrayList<>();
    Map<String, double[]> shapes = new LinkedHashMap<>();
    Map<String, Integer> shapeDays = new LinkedHashMap<>();
    for (Map.Entry<String, Stats> e : stats.entrySet()) {
      Stats st = e.getValue();
      double own = st.own.isEmpty() ? 0 : median(st.own);
      boolean closed = st.withData == 0;
      effects.add(
          new EventEffect(
              e.getKey(),
              st.occurrences,
              closed ? 0 : Math.exp(own),
              Math.exp(shrunkMean(st.before)),
              Math.exp(shrunkMean(st.after)),
              closed));
      if (st.shapeDays > 0) {
        double[] shape = st.shape.clone();
        for (int s = 0; s < shape.length; s++) {
          shape[s] /= st.shapeDays;
        }
        shapes.put(e.getKey(), shape);
        shapeDays.put(e.getKey(), st.shapeDays);
      }
    }

    boolean[] excluded = new boolean[n];
    for (Occurrence o : occurrences) {
      EventEffect effect = effects.stream().filter(x -> x.kind().equals(o.kind)).findFirst().get();
      for (int d = o.from; d <= o.to; d++) {
        excluded[d] = true;
      }
      int before = neighbour(o.from, -1, openDay, covered);
      int after = neighbour(o.to, +1, openDay, covered);
      if (before >= 0 && Math.abs(Math.log(effect.dayBeforeFactor())) >= NEIGHBOUR_EFFECT_FLOOR) {
        excluded[before] = true;
      }
      if (after >= 0
          && after < n
          && Math.abs(Math.log(effect.dayAfterFactor())) >= NEIGHBOUR_EFFECT_FLOOR) {
        excluded[after] = true;
      }
    }
    // Quiet weekdays (a short Friday, a Saturday) vary more in relative terms than busy ones: judge
    // each
    // day against the spread of its own weekday when that weekday has enough ordinary days.
    List<List<Double>> byWeekday = new ArrayList<>();
    List<Double> ordinary = new ArrayList<>();
    for (int w = 0; w < 7; w++) {
      byWeekday.add(new ArrayList<>());
    }
    for (int d = 0; d < n; d++) {
      double r = logRatio(total[d], expected[d]);
      if (!special[d] && !Double.isNaN(r)) {
        ordinary.add(r);
        byWeekday.get(data.weekday(d)).add(r);
      }
    }
    List<OutlierDay> outliers = new ArrayList<>();
    if (ordinary.size() >= 10) {
      double[] center = new double[7];
      double[] threshold = new double[7];
      for (int w = 0; w < 7; w++) {
        List<Double> sample =
            byWeekday.get(w).size() >= MIN_WEEKDAY_SAMPLE ? byWeekday.get(w) : ordinary;
        center[w] = median(sample);
        double[] dev = new double[sample.size()];
        for (int i = 0; i < dev.length; i++) {
          dev[i] = Math.abs(sample.get(i) - center[w]);
        }
        // Iglewicz and Hoaglin: a modified z-score beyond 3.5 marks an outlier.
        threshold[w] = Math.max(OUTLIER_FLOOR, 3.5 * 1.4826 * median(dev, dev.length));
      }
      for (int d = 0; d < n; d++) {
        double r = logRatio(total[d], expected[d]);
        int w = data.weekday(d);
        if (!special[d] && !Double.isNaN(r) && Math.abs(r - center[w]) > threshold[w]) {
          outliers.add(new OutlierDay(first.plusDays(d), total[d], expected[d]));
          excluded[d] = true;
        }
      }
    }
    List<Event> closures = new ArrayList<>();
    for (Occurrence o : occurrences) {
      if (o.kind.equals(CLOSURE_KIND)) {
        closures.add(
            new Event(
                first.plusDays(o.from),
                first.plusDays(o.to),
                CLOSURE_KIND,
                "no data",
                Optional.empty(),
                OptionalDouble.empty()));
      }
    }
    return new EventAnalysis(excluded, effects, outliers, shapes, shapeDays, closures);
  }

  private record Occurrence(String kind, int from, int to) {}

  private static final class Stats {
    int occurrences;
    int withData;
    final List<Double> own = new ArrayList<>();
    final List<Double> before = new ArrayList<>();
    final List<Double> after = new ArrayList<>();
    final double[] shape;
    int shapeDays;

    Stats(int slots) {
      shape = new double[slots];
    }
  }

  /**
   * The nearest open day from {@code d} in direction {@code step} that no event covers; may be out
   * of range.
   */
  private static int neighbour(int d, int step, boolean[] openDay, boolean[] covered) {
    int k = d + step;
    while (k >= 0 && k < openDay.length && (!openDay[k] || covered[k])) {
      k += step;
    }
    return k >= openDay.length ? -1 : k;
  }

  private static double logRatio(double actual, double expected) {
    if (Double.isNaN(actual) || Double.isNaN(expected) || expected <= 0) {
      return Double.NaN;
    }
    return Math.log((actual + 1) / (expected + 1));
  }

  private static double shrunkMean(List<Double> v) {
    if (v.isEmpty()) {
      return 0;
    }
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / (v.size() + 1);
  }

  static double median(List<Double> v) {
    double[] a = new double[v.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = v.get(i);
    }
    return median(a, a.length);
  }

  static double median(double[] v, int n) {
    double[] c = Arrays.copyOf(v, n);
    Arrays.sort(c);
    return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
  }
}
