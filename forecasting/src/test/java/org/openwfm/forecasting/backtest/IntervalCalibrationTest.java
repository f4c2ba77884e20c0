package org.openwfm.forecasting.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntervalCalibrationTest {

  @Test
  void bandCoversTheRequestedShareOfFreshErrorsWithTheSameDistribution() {
    SplittableRandom random = new SplittableRandom(7);
    int n = 20000;
    double[] f = new double[n];
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      f[i] = 5 + 200 * random.nextDouble();
      a[i] = f[i] + Math.sqrt(f[i] + 0.01 * f[i] * f[i]) * gaussian(random);
    }
    IntervalCalibration band = IntervalCalibration.fit(f, a, n, 0.8);
    int inside = 0;
    for (int i = 0; i < n; i++) {
      double forecast = 5 + 200 * random.nextDouble();
      double actual =
          forecast + Math.sqrt(forecast + 0.01 * forecast * forecast) * gaussian(random);
      inside += actual >= band.low(forecast) && actual <= band.high(forecast) ? 1 : 0;
    }
    assertEquals(0.8, inside / (double) n, 0.02);
    // Wider in contacts for busier intervals.
    assertTrue(band.high(200) - band.low(200) > band.high(10) - band.low(10));
  }

  @Test
  void bandNeverGoesBelowZeroAndAlwaysContainsTheForecast() {
    IntervalCalibration band = IntervalCalibration.fit(new double[0], new double[0], 0, 0.9);
    assertEquals(0, band.low(0.5));
    assertTrue(band.high(0.5) >= 0.5);
  }

  private static double gaussian(SplittableRandom r) {
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
