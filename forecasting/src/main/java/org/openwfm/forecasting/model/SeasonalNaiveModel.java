package org.openwfm.forecasting.model;

/**
 * Baseline: weekly seasonal naive. Each interval repeats the same interval of the latest same
 * weekday with a value there (a week earlier, or earlier when that day is missing).
 */
public final class SeasonalNaiveModel implements ForecastModel {

  @Override
  public String name() {
    return "seasonal-naive";
  }

  @Override
  public double[][] forecast(TrainingData data, int horizonDays) {
    return new WeekdayAverageModel(1, false).forecast(data, horizonDays);
  }
}
