package org.openwfm.simulator.des.random;

import org.apache.commons.math3.special.Gamma;
import umontreal.ssj.rng.RandomStream;

/**
 * Weibull distribution with the given shape and scale (for example patience with an increasing or
 * decreasing hazard), drawn by inversion.
 */
public record Weibull(double shape, double scale) implements Distribution {

  public Weibull {
    if (!(shape > 0) || Double.isInfinite(shape)) {
      throw new IllegalArgumentException("weibull shape must be a positive number, got " + shape);
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("weibull scale must be a positive number, got " + scale);
    }
  }

  @Override
  public double sample(RandomStream stream) {
    return scale * Math.pow(-Math.log(stream.nextDouble()), 1 / shape);
  }

  @Override
  public double mean() {
    return scale * Math.exp(Gamma.logGamma(1 + 1 / shape));
  }
}
