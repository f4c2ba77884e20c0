package org.openwfm.forecasting.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openwfm.forecasting.data.Event;
import org.openwfm.forecasting.model.OpenHours;

/**
 * The outcome of {@link EventEffectLearner#learn}: the learned effect of each event kind, the
 * outlier days, which history days to keep out of model fitting, and the adjustment of future days.
 */
public final class EventAnalysis {
  private final boolean[] excluded;
  private final List<EventEffect> effects;
  private final List<OutlierDay> outliers;
  private final Map<String, double[]> shapes;
  private final Map<String, Integer> shapeDays;
  private final List<Event> closures;

  EventAnalysis(
      boolean[] excluded,
      List<EventEffect> effects,
      List<OutlierDay> outliers,
      Map<String, double[]> shapes,
      Map<String, Integer> shapeDays,
      List<Event> closures) {
    this.closures = List.copyOf(closures);
    this.excluded = excluded;
    this.effects = List.copyOf(effects);
    this.outliers = List.copyOf(outliers);
    this.shapes = Map.copyOf(shapes);
    this.shapeDays = Map.copyOf(shapeDays);
  }

  /** The learned effect of each kind seen in the history. */
  public List<EventEffect> effects() {
    return effects;
  }

  /** The outlier days found, oldest first. */
  public List<OutlierDay> outliers() {
    return outliers;
  }

  /**
   * True when history row {@code d} is kept out of model fitting (event, neighbour with effect,
   * outlier).
   */
  public boolean isExcluded(int d) {
    return d >= 0 && d < excluded.length && excluded[d];
  }

  /** A copy of the rows with excluded days blanked (NaN), for model fitting. */
  public double[][] cleaned(double[][] values) {
    double[][] out = new double[values.length][];
    for (int d = 0; d < values.length; d++) {
      out[d] = values[d].clone();
      if (isExcluded(d)) {
        Arrays.fill(out[d], Double.NaN);
      }
    }
    return out;
  }

  /**
   * The adjustment of a forecast day. A planner's {@code factor} wins over the learned day factor;
   * a kind never seen and given without a factor leaves the day unchanged and is named in {@code
   * warnings}. The day before and after an event get the kind's learned neighbour factors.
   *
   * @param day the forecast day
   * @param events the events applying to the queue
   * @param open the queue's opening hours (to find neighbouring open days)
   * @param warnings receives one line per unknown kind
   */
  public DayAdjustment adjustment(
      LocalDate day, List<Event> plannerEvents, OpenHours open, Set<String> warnings) {
    List<Event> events = new ArrayList<>(plannerEvents);
    events.addAll(closures);
    List<Event> today = events.stream().filter(e -> e.covers(day)).toList();
    if (!today.isEmpty()) {
      double factor = 1;
      boolean closed = false;
      Optional<double[]> shape = Optional.empty();
      int days = 0;
      Set<String> kinds = new HashSet<>();
      for (Event e : today) {
        if (!kinds.add(e.kind())) {
          continue;
        }
        Optional<EventEffect> learned = effect(e.kind());
        if (e.factor().isPresent()) {
          factor *= e.factor().getAsDouble();
          closed |= e.factor().getAsDouble() == 0;
        } else if (learned.isPresent()) {
          factor *= learned.get().dayFactor();
          closed |= learned.get().closed();
        } else {
          warnings.add(
              "event kind '"
                  + e.kind()
                  + "' ("
                  + e.name()
                  + ") has no past occurrence and no factor:"
                  + " no adjustment");
        }
        if (shapes.containsKey(e.kind()) && shapeDays.get(e.kind()) > days) {
          shape = Optional.of(shapes.get(e.kind()).clone());
          days = shapeDays.get(e.kind());
        }
      }
      return new DayAdjustment(factor, closed, shape, days);
    }
    double factor = 1;
    LocalDate next = neighbour(day, 1, open);
    LocalDate previous = neighbour(day, -1, open);
    Set<String> kinds = new HashSet<>();
    for (Event e : events) {
      if (e.covers(next) && kinds.add("before:" + e.kind())) {
        factor *= effect(e.kind()).map(EventEffect::dayBeforeFactor).orElse(1.0);
      }
      if (e.covers(previous) && kinds.add("after:" + e.kind())) {
        factor *= effect(e.kind()).map(EventEffect::dayAfterFactor).orElse(1.0);
      }
    }
    return new DayAdjustment(factor, false, Optional.empty(), 0);
  }

  private static LocalDate neighbour(LocalDate day, int step, OpenHours open) {
    LocalDate d = day.plusDays(step);
    for (int i = 0; i < 7 && !open.isOpenDay(d.getDayOfWeek().getValue() - 1); i++) {
      d = d.plusDays(step);
    }
    return d;
  }

  private Optional<EventEffect> effect(String kind) {
    return effects.stream().filter(x -> x.kind().equals(kind)).findFirst();
  }

  /**
   * The unannounced closures found in the history (kind {@link EventEffectLearner#CLOSURE_KIND}).
   */
  public List<Event> closures() {
    return closures;
  }
}
