package org.openwfm.forecasting.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.forecasting.model.OpenHours;
import org.openwfm.forecasting.model.SeasonalNaiveModel;
import org.openwfm.forecasting.model.TrainingData;
import org.openwfm.forecasting.model.WeekdayAverageModel;

class BacktesterTest {

  private static Backtester.Scored scored(double wape, double... originError) {
    return new Backtester.Scored(
        List.of(new MethodScore("m", 1, 7, wape, 1, 0, 10)),
        new double[0],
        new double[0],
        new int[0],
        0,
        originError);
  }

  private static String choose(Backtester.Scored base, Backtester.Scored other) {
    Map<String, Backtester.Scored> m = new LinkedHashMap<>();
    m.put("default", base);
    m.put("other", other);
    return Backtester.choose(
        new Backtester.Outcome(m, base.originError().length, 7), List.of("default", "other"));
  }

  @Test
  void keepsTheDefaultWhenAnotherMethodIsBetterOnlyByNoise() {
    assertEquals(
        "default", choose(scored(0.20, 10, 10, 10, 10, 10, 10), scored(0.19, 6, 14, 7, 13, 8, 9)));
  }

  @Test
  void switchesWhenAnotherMethodIsConsistentlyBetter() {
    assertEquals(
        "other", choose(scored(0.20, 10, 12, 11, 10, 13, 12), scored(0.15, 8, 9, 8, 7, 10, 9)));
  }

  @Test
  void scoresEveryCandidateOnOpenIntervalsWithDataFromRollingOrigins() {
    // A constant series: every baseline is exact, so WAPE 0 and no bias.
    LocalDate monday = LocalDate.of(2026, 1, 5);
    double[][] rows = new double[70][4];
    for (double[] row : rows) {
      java.util.Arrays.fill(row, 5);
    }
    TrainingData data = new TrainingData(monday, rows, OpenHours.learn(monday, rows));
    Backtester.Outcome outcome =
        new Backtester()
            .run(data, List.of(new SeasonalNaiveModel(), new WeekdayAverageModel(5, false)), 14);
    assertEquals(14, outcome.horizonDays());
    assertTrue(outcome.origins() >= 6);
    MethodScore all = outcome.byMethod().get("seasonal-naive").scores().get(0);
    assertEquals(0, all.wape(), 1e-12);
    assertEquals(0, all.bias(), 1e-12);
    assertEquals(3, outcome.byMethod().get("weekday-mean-5").scores().size(), "all, 1-7, 8-14");
  }
}
