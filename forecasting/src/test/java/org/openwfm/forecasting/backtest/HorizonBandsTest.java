package org.openwfm.forecasting.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HorizonBandsTest {

  @Test
  void laterDaysGetAWiderBandWhenTheirBacktestErrorsAreLarger() {
    SplittableRandom random = new SplittableRandom(11);
    int n = 4000;
    double[] f = new double[n];
    double[] a = new double[n];
    int[] day = new int[n];
    for (int i = 0; i < n; i++) {
      day[i] = 1 + i % 14;
      f[i] = 100;
      double sd = day[i] <= 7 ? 5 : 15;
      a[i] = 100 + sd * (random.nextDouble() * 2 - 1) * Math.sqrt(3);
    }
    Backtester.Scored scored = new Backtester.Scored(List.of(), f, a, day, n, new double[0]);
    HorizonBands bands = HorizonBands.fit(scored, 0.8);
    double early = bands.high(3, 100) - bands.low(3, 100);
    double late = bands.high(10, 100) - bands.low(10, 100);
    assertEquals(3, late / early, 0.3);
    assertTrue(bands.low(10, 100) < 100 && bands.high(10, 100) > 100);
  }
}
