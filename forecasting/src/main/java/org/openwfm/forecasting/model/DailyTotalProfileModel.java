package org.openwfm.forecasting.model;

/**
 * Daily total times intraday shape: a {@link DailyTotalModel} forecasts each day's contacts and an
 * {@link IntradayProfile} of the day's weekday spreads them over its open intervals.
 */
public final class DailyTotalProfileModel implements ForecastModel {
  private final DailyTotalModel totals;
  private final double profileHalfLife;
  private final int profileDays;
  private final boolean smooth;

  /**
   * The default configuration: 10-week level half-life, profile half-life 8 weeks over 26 weeks.
   */
  public DailyTotalProfileModel() {
    this(new DailyTotalModel(70, true), 8, 26, true);
  }

  /**
   * @param totals the daily-total model
   * @param profileHalfLife age, in same-weekday occurrences, at which a day's weight in the shape
   *     halves
   * @param profileDays at most this many recent same weekdays shape the profile
   * @param smooth whether to smooth the profile across neighbouring slots
   */
  public DailyTotalProfileModel(
      DailyTotalModel totals, double profileHalfLife, int profileDays, boolean smooth) {
    this.totals = totals;
    this.profileHalfLife = profileHalfLife;
    this.profileDays = profileDays;
    this.smooth = smooth;
  }

  @Override
  public ForecastModel tunedOn(TrainingData data) {
    return new DailyTotalProfileModel(totals.tunedOn(data), profileHalfLife, profileDays, smooth);
  }

  @Override
  public String name() {
    return "daily-profile";
  }

  @Override
  public double[][] forecast(TrainingData data, int horizonDays) {
    double[] total = totals.forecast(data, horizonDays);
    IntradayProfile profile = IntradayProfile.estimate(data, profileHalfLife, profileDays, smooth);
    double[][] out = new double[horizonDays][data.slots()];
    for (int h = 0; h < horizonDays; h++) {
      int w = data.weekday(data.days() + h);
      for (int s = 0; s < data.slots(); s++) {
        out[h][s] = total[h] * profile.share(w, s);
      }
    }
    return out;
  }
}
