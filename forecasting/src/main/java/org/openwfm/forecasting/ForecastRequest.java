package org.openwfm.forecasting;

import java.util.Objects;

/**
 * What to forecast.
 *
 * @param horizonDays whole calendar days after the last day of each queue's history, 1 to 400
 * @param method {@code auto} (choice by back-test) or a model name of {@link
 *     org.openwfm.forecasting.model.ModelCatalog}
 * @param level central coverage of the prediction interval, strictly between 0 and 1 (0.8 = 80%)
 */
public record ForecastRequest(int horizonDays, String method, double level) {

  /** Validates the request. */
  public ForecastRequest {
    Objects.requireNonNull(method, "method");
    if (horizonDays < 1 || horizonDays > 400) {
      throw new IllegalArgumentException("horizon must be 1 to 400 days, got " + horizonDays);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must lie strictly between 0 and 1, got " + level);
    }
  }

  /** Automatic method choice with an 80% interval. */
  public static ForecastRequest of(int horizonDays) {
    return new ForecastRequest(horizonDays, "auto", 0.8);
  }
}
