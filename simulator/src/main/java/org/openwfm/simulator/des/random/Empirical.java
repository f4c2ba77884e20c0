package org.openwfm.simulator.des.random;

import java.util.Arrays;
import umontreal.ssj.rng.RandomStream;

/**
 * Empirical distribution of observed values, each equally likely (a bootstrap draw of one
 * observation).
 */
public record Empirical(double[] values) implements Distribution {

  public Empirical {
    if (values.length == 0) {
      throw new IllegalArgumentException("empirical distribution needs at least one value");
    }
    values = values.clone();
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
        throw new IllegalArgumentException(
            "empirical value [" + i + "] must be a finite number >= 0, got " + values[i]);
      }
    }
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public double sample(RandomStream stream) {
    int index = (int) (stream.nextDouble() * values.length);
    return values[Math.min(index, values.length - 1)];
  }

  @Override
  public double mean() {
    return Arrays.stream(values).average().orElseThrow();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Empirical e && Arrays.equals(values, e.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Empirical" + Arrays.toString(values);
  }
}
