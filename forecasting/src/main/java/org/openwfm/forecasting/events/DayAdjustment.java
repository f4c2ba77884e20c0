package org.openwfm.forecasting.events;

import java.util.Optional;

/**
 * How events change one forecast day: a multiplier of the daily total, whether the day stays
 * closed, and an intraday shape learned from the kind's past days, to be blended with the ordinary
 * shape.
 *
 * @param factor multiplier of the day's total (1 = no change)
 * @param closed true when the day is forecast closed (no open intervals)
 * @param shape share of the day's contacts per slot on past days of the event kind, when learned
 * @param shapeDays how many past days the shape averages
 */
public record DayAdjustment(
    double factor, boolean closed, Optional<double[]> shape, int shapeDays) {

  /** No change. */
  public static final DayAdjustment NONE = new DayAdjustment(1, false, Optional.empty(), 0);
}
