package org.openwfm.forecasting;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The forecast of one open interval of a queue.
 *
 * @param start the interval's local start in the queue's time zone (in the repeated hour of a
 *     daylight-saving change the same local start appears twice, once per real interval)
 * @param offered expected offered contacts in the interval
 * @param offeredLow lower limit of the prediction interval (contacts)
 * @param offeredHigh upper limit of the prediction interval (contacts)
 * @param ahtSeconds forecast average handle time in seconds, when the history has AHT
 */
public record IntervalForecast(
    LocalDateTime start,
    double offered,
    double offeredLow,
    double offeredHigh,
    OptionalDouble ahtSeconds) {

  /** Validates that {@code 0 <= low <= offered <= high}. */
  public IntervalForecast {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(ahtSeconds, "ahtSeconds");
    if (!(offeredLow >= 0 && offeredLow <= offered + 1e-9 && offered <= offeredHigh + 1e-9)) {
      throw new IllegalArgumentException(
          "interval "
              + start
              + ": expected 0 <= low <= offered <= high, got "
              + offeredLow
              + ", "
              + offered
              + ", "
              + offeredHigh);
    }
  }
}
