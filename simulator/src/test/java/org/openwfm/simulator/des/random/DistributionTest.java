package org.openwfm.simulator.des.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.RandomStream;

class DistributionTest {
  private static final int N = 200_000;

  /** Sample mean and variance over N draws. */
  private static double[] moments(Distribution distribution) {
    RandomStream stream = new RandomStreams(7, 0).stream(distribution.toString());
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < N; i++) {
      double x = distribution.sample(stream);
      sum += x;
      squares += x * x;
    }
    double mean = sum / N;
    return new double[] {mean, squares / N - mean * mean};
  }

  private static void assertMoments(Distribution d, double mean, double variance) {
    double[] m = moments(d);
    // Four standard errors of the mean; variance within 3% (all cases have modest kurtosis).
    assertEquals(mean, m[0], 4 * Math.sqrt(variance / N), d + " mean");
    assertEquals(variance, m[1], 0.03 * variance, d + " variance");
  }

  @Test
  void exponentialHasItsMeanAndVariance() {
    assertMoments(new Exponential(120), 120, 120 * 120);
  }

  @Test
  void lognormalHasTheGivenMeanAndStandardDeviation() {
    assertMoments(new LogNormal(300, 150), 300, 150 * 150);
  }

  @Test
  void gammaHasShapeTimesScaleMeanForShapesAboveAndBelowOne() {
    assertMoments(new Gamma(3.5, 40), 140, 3.5 * 40 * 40);
    assertMoments(new Gamma(0.5, 10), 5, 0.5 * 100);
  }

  @Test
  void erlangIsASumOfExponentialPhases() {
    assertMoments(new Erlang(4, 200), 200, 200 * 200 / 4.0);
    assertMoments(new Erlang(30, 300), 300, 300 * 300 / 30.0);
  }

  @Test
  void weibullHasItsMeanAndVariance() {
    // shape 2, scale 100: mean 100 * Gamma(1.5), variance 100^2 * (Gamma(2) - Gamma(1.5)^2)
    double g15 = Math.sqrt(Math.PI) / 2;
    assertMoments(new Weibull(2, 100), 100 * g15, 100 * 100 * (1 - g15 * g15));
    assertEquals(100 * g15, new Weibull(2, 100).mean(), 1e-9);
  }

  @Test
  void uniformHasItsMeanAndVariance() {
    assertMoments(new Uniform(60, 180), 120, 120 * 120 / 12.0);
  }

  @Test
  void empiricalDrawsEachObservationEquallyOften() {
    assertMoments(new Empirical(new double[] {10, 20, 60}), 30, (100 + 400 + 3600) / 3.0 - 900);
  }

  @Test
  void rejectsNonPositiveParameters() {
    assertThrows(IllegalArgumentException.class, () -> new Exponential(0));
    assertThrows(IllegalArgumentException.class, () -> new Gamma(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Erlang(0, 10));
    assertThrows(IllegalArgumentException.class, () -> new Empirical(new double[0]));
  }
}
