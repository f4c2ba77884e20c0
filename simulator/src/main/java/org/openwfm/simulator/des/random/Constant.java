package org.openwfm.simulator.des.random;

import umontreal.ssj.rng.RandomStream;

/** A fixed value (a degenerate distribution); draws nothing from the stream. */
public record Constant(double value) implements Distribution {

  public Constant {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "constant value must be a finite number >= 0, got " + value);
    }
  }

  @Override
  public double sample(RandomStream stream) {
    return value;
  }

  @Override
  public double mean() {
    return value;
  }
}
