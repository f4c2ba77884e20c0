package org.openwfm.simulator.des.random;

import umontreal.ssj.rng.RandomStream;

/**
 * Erlang distribution: the sum of {@code phases} exponential phases, with the given overall mean.
 */
public record Erlang(int phases, double mean) implements Distribution {

  public Erlang {
    if (phases < 1) {
      throw new IllegalArgumentException("erlang phases must be >= 1, got " + phases);
    }
    if (!(mean > 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("erlang mean must be a positive number, got " + mean);
    }
  }

  @Override
  public double sample(RandomStream stream) {
    // The product of uniforms needs one logarithm; fall back to a sum when it could underflow.
    if (phases <= 20) {
      double product = 1;
      for (int i = 0; i < phases; i++) {
        product *= stream.nextDouble();
      }
      return -mean / phases * Math.log(product);
    }
    double sum = 0;
    for (int i = 0; i < phases; i++) {
      sum -= Math.log(stream.nextDouble());
    }
    return mean / phases * sum;
  }
}
