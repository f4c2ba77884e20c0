package org.openwfm.forecasting;

import java.util.Optional;
import org.openwfm.forecasting.data.DayGrid;
import org.openwfm.forecasting.data.QueueHistory;

/**
 * AHT forecast per weekday and slot: the average handle time of the same slot on the last eight
 * same weekdays, weighted by handled contacts (by offered contacts when the history has no {@code
 * handled}), so a quiet interval's odd call does not count as much as a busy interval. Slots
 * without such data fall back to the slot over all weekdays, then to the queue's overall weighted
 * mean.
 */
final class AhtForecaster {
  private static final int WEEKS = 8;

  private final double[][] aht; // [weekday][slot], seconds

  private AhtForecaster(double[][] aht) {
    this.aht = aht;
  }

  /** Empty when the history has no AHT. */
  static Optional<AhtForecaster> learn(QueueHistory history) {
    if (history.ahtSeconds().isEmpty()) {
      return Optional.empty();
    }
    DayGrid times = history.ahtSeconds().get();
    DayGrid weights = history.handled().orElse(history.offered());
    int slots = times.slotsPerDay();
    double[][] num = new double[7][slots];
    double[][] den = new double[7][slots];
    double[] slotNum = new double[slots];
    double[] slotDen = new double[slots];
    double allNum = 0;
    double allDen = 0;
    int lastWeek = times.days() - 7 * WEEKS;
    for (int d = Math.max(0, lastWeek); d < times.days(); d++) {
      int w = times.firstDay().plusDays(d).getDayOfWeek().getValue() - 1;
      for (int s = 0; s < slots; s++) {
        double t = times.value(d, s);
        double h = weights.value(d, s);
        if (Double.isNaN(t) || Double.isNaN(h) || h <= 0) {
          continue;
        }
        num[w][s] += h * t;
        den[w][s] += h;
        slotNum[s] += h * t;
        slotDen[s] += h;
        allNum += h * t;
        allDen += h;
      }
    }
    if (allDen == 0) {
      return Optional.empty();
    }
    double[][] out = new double[7][slots];
    for (int w = 0; w < 7; w++) {
      for (int s = 0; s < slots; s++) {
        out[w][s] =
            den[w][s] > 0
                ? num[w][s] / den[w][s]
                : slotDen[s] > 0 ? slotNum[s] / slotDen[s] : allNum / allDen;
      }
    }
    return Optional.of(new AhtForecaster(out));
  }

  /** Forecast AHT in seconds for weekday {@code w} (0 = Monday) and a slot. */
  double seconds(int w, int slot) {
    return aht[w][slot];
  }
}
