package org.openwfm.forecasting.model;

import java.util.List;

/**
 * The equal-weight average of several models' interval forecasts: combining forecasts of different
 * kinds cancels part of their independent errors and is hard to beat in practice.
 */
public final class CombinationModel implements ForecastModel {
  private final String name;
  private final List<ForecastModel> members;

  /**
   * @param name the method name, e.g. {@code combination}
   * @param members the models averaged; at least one
   */
  public CombinationModel(String name, List<ForecastModel> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a combination needs at least one model");
    }
    this.name = name;
    this.members = List.copyOf(members);
  }

  @Override
  public String name() {
    return name;
  }

  /** The averaged models. */
  public List<ForecastModel> members() {
    return members;
  }

  @Override
  public ForecastModel tunedOn(TrainingData data) {
    return new CombinationModel(name, members.stream().map(m -> m.tunedOn(data)).toList());
  }

  @Override
  public double[][] forecast(TrainingData data, int horizonDays) {
    double[][] sum = new double[horizonDays][data.slots()];
    for (ForecastModel m : members) {
      double[][] f = m.forecast(data, horizonDays);
      for (int h = 0; h < horizonDays; h++) {
        for (int s = 0; s < data.slots(); s++) {
          sum[h][s] += f[h][s] / members.size();
        }
      }
    }
    return sum;
  }
}
