package org.openwfm.forecasting.model;

/**
 * Baseline: every forecast day repeats the latest day that has data (whatever its weekday), slot by
 * slot.
 */
public final class PreviousDayModel implements ForecastModel {

  @Override
  public String name() {
    return "previous-day";
  }

  @Override
  public double[][] forecast(TrainingData data, int horizonDays) {
    int slots = data.slots();
    double[][] out = new double[horizonDays][slots];
    int last = data.days() - 1;
    while (last > 0 && !hasData(data, last)) {
      last--;
    }
    for (int h = 0; h < horizonDays; h++) {
      for (int s = 0; s < slots; s++) {
        double v = data.value(last, s);
        out[h][s] = Double.isNaN(v) ? 0 : v;
      }
    }
    return out;
  }

  private static boolean hasData(TrainingData data, int d) {
    for (int s = 0; s < data.slots(); s++) {
      if (!Double.isNaN(data.value(d, s))) {
        return true;
      }
    }
    return false;
  }
}
