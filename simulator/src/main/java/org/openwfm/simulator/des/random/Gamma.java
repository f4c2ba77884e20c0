package org.openwfm.simulator.des.random;

import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * Gamma distribution with the given shape and scale (mean = shape x scale), drawn with the
 * Marsaglia-Tsang squeeze method (shape below 1 by the boost U^(1/shape)).
 */
public record Gamma(double shape, double scale) implements Distribution {

  public Gamma {
    if (!(shape > 0) || Double.isInfinite(shape)) {
      throw new IllegalArgumentException("gamma shape must be a positive number, got " + shape);
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("gamma scale must be a positive number, got " + scale);
    }
  }

  /**
   * A gamma distribution with mean 1 and the given shape (variance 1 / shape), e.g. a busyness
   * factor.
   */
  public static Gamma withUnitMean(double shape) {
    return new Gamma(shape, 1 / shape);
  }

  @Override
  public double mean() {
    return shape * scale;
  }

  @Override
  public double sample(RandomStream stream) {
    if (shape < 1) {
      double boost = Math.pow(stream.nextDouble(), 1 / shape);
      return standard(shape + 1, stream) * boost * scale;
    }
    return standard(shape, stream) * scale;
  }

  private static double standard(double a, RandomStream stream) {
    double d = a - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = NormalDist.inverseF01(stream.nextDouble());
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = stream.nextDouble();
      double x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
