package org.openwfm.web.application.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a planner asks to forecast. Checked against the database by {@link ForecastService#plan}.
 *
 * @param name the version's name; empty for a name made of the first day and the length
 * @param queues queue codes; empty for every queue with history
 * @param days whole days to forecast, 1 to 400
 * @param firstDay the first forecast day; empty for the day after the latest history day of the queues. An
 *     earlier day forecasts from the history before it (to compare with what then happened), a later one
 *     forecasts further ahead
 * @param method {@code auto} (chosen per queue by back-test) or a method name of the engine
 * @param level central coverage of the prediction band, strictly between 0 and 1 (0.8 = 80%)
 */
public record ForecastOrder(
    Optional<String> name, List<String> queues, int days, Optional<LocalDate> firstDay, String method, double level) {

  /** Forecast days when the planner does not say. */
  public static final int DEFAULT_DAYS = 28;

  /** Band level when the planner does not say. */
  public static final double DEFAULT_LEVEL = 0.8;

  /** Copies the list and checks the values that need no database; messages name the field. */
  public ForecastOrder {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(firstDay, "firstDay");
    queues = List.copyOf(queues);
    if (days < 1 || days > 400) {
      throw new IllegalArgumentException("days: expected 1 to 400 days to forecast, found " + days + ".");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "level: expected the band's coverage strictly between 0 and 1 (e.g. 0.8), found " + level + ".");
    }
    if (method == null || method.isBlank()) {
      throw new IllegalArgumentException("method: expected auto or a method name.");
    }
    if (name.isPresent() && name.get().strip().length() > 200) {
      throw new IllegalArgumentException("name: expected at most 200 characters.");
    }
  }
}
