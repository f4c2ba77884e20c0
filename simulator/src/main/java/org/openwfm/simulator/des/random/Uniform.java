package org.openwfm.simulator.des.random;

import umontreal.ssj.rng.RandomStream;

/** Uniform distribution on {@code [min, max)}. */
public record Uniform(double min, double max) implements Distribution {

  public Uniform {
    if (!(min >= 0) || !(max > min) || Double.isInfinite(max)) {
      throw new IllegalArgumentException(
          "uniform needs finite 0 <= min < max, got " + min + " and " + max);
    }
  }

  @Override
  public double sample(RandomStream stream) {
    return min + (max - min) * stream.nextDouble();
  }

  @Override
  public double mean() {
    return (min + max) / 2;
  }
}
