package org.openwfm.simulator.des.random;

import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * Log-normal distribution given by its own mean and standard deviation (not those of the underlying
 * normal), drawn by inversion of the normal. Immutable.
 */
public final class LogNormal implements Distribution {
  private final double mean;
  private final double standardDeviation;
  private final double mu;
  private final double sigma;

  /**
   * @param mean the mean of the distribution (e.g. seconds)
   * @param standardDeviation its standard deviation, same unit
   */
  public LogNormal(double mean, double standardDeviation) {
    if (!(mean > 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("lognormal mean must be a positive number, got " + mean);
    }
    if (!(standardDeviation > 0) || Double.isInfinite(standardDeviation)) {
      throw new IllegalArgumentException(
          "lognormal standard deviation must be a positive number, got " + standardDeviation);
    }
    this.mean = mean;
    this.standardDeviation = standardDeviation;
    double cv = standardDeviation / mean;
    this.sigma = Math.sqrt(Math.log1p(cv * cv));
    this.mu = Math.log(mean) - sigma * sigma / 2;
  }

  @Override
  public double mean() {
    return mean;
  }

  public double standardDeviation() {
    return standardDeviation;
  }

  @Override
  public double sample(RandomStream stream) {
    return Math.exp(mu + sigma * NormalDist.inverseF01(stream.nextDouble()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LogNormal l
        && mean == l.mean
        && standardDeviation == l.standardDeviation;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(mean) * 31 + Double.hashCode(standardDeviation);
  }

  @Override
  public String toString() {
    return "LogNormal[mean=" + mean + ", standardDeviation=" + standardDeviation + "]";
  }
}
