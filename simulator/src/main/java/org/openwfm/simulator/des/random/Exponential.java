package org.openwfm.simulator.des.random;

import umontreal.ssj.rng.RandomStream;

/** Exponential distribution with the given mean, drawn by inversion. */
public record Exponential(double mean) implements Distribution {

  public Exponential {
    if (!(mean > 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("exponential mean must be a positive number, got " + mean);
    }
  }

  @Override
  public double sample(RandomStream stream) {
    // MRG32k3a never returns 0, so the logarithm is finite.
    return -mean * Math.log(stream.nextDouble());
  }
}
