package org.openwfm.forecasting.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models known by name (the values of {@code --method}) and the candidates of automatic choice.
 *
 * <ul>
 *   <li>{@code previous-day}: the latest day with data repeated;
 *   <li>{@code seasonal-naive}: the same interval a week earlier;
 *   <li>{@code weekday-mean-5}, {@code weekday-median-5}, {@code weekday-mean-all}: mean or median
 *       of the last 5 (or all) same weekdays;
 *   <li>{@code daily-profile}: daily total (robust regression: weekday, trend, yearly Fourier
 *       terms, AR(1) residual) times the weekday's intraday profile;
 *   <li>{@code holt-winters}: double-seasonal Holt-Winters (Taylor) on the interval series;
 *   <li>{@code combination}: the average of {@code daily-profile}, {@code holt-winters} and {@code
 *       weekday-mean-5}.
 * </ul>
 */
public final class ModelCatalog {
  /** The method name asking for automatic choice by back-test. */
  public static final String AUTO = "auto";

  private final Map<String, ForecastModel> models = new LinkedHashMap<>();

  /** The standard catalogue. */
  public ModelCatalog() {
    ForecastModel dailyProfile = new DailyTotalProfileModel();
    ForecastModel holtWinters = new HoltWintersModel();
    ForecastModel weekdayMean5 = new WeekdayAverageModel(5, false);
    for (ForecastModel m :
        List.of(
            new PreviousDayModel(),
            new SeasonalNaiveModel(),
            weekdayMean5,
            new WeekdayAverageModel(5, true),
            new WeekdayAverageModel(Integer.MAX_VALUE, false),
            dailyProfile,
            holtWinters,
            new CombinationModel(
                "combination", List.of(dailyProfile, holtWinters, weekdayMean5)))) {
      models.put(m.name(), m);
    }
  }

  /** All method names, {@code auto} first. */
  public List<String> names() {
    List<String> names = new java.util.ArrayList<>();
    names.add(AUTO);
    names.addAll(models.keySet());
    return names;
  }

  /** The model of a name. */
  public Optional<ForecastModel> model(String name) {
    return Optional.ofNullable(models.get(name));
  }

  /**
   * The candidates compared by the back-test when the method is {@code auto}. The first wins ties,
   * such as a history too short for any back-test origin.
   */
  public List<ForecastModel> autoCandidates() {
    return List.of(
        models.get("daily-profile"),
        models.get("weekday-mean-5"),
        models.get("weekday-median-5"),
        models.get("seasonal-naive"),
        models.get("holt-winters"),
        models.get("combination"));
  }
}
