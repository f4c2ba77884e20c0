package org.openwfm.simulator.des.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of a quantity over replications with its 95% confidence interval (Student t).
 * Replications where the quantity is undefined (a ratio with a zero denominator, NaN) are left out;
 * {@code n} counts the rest. With fewer than two defined values the interval collapses to the mean
 * (or everything is NaN when none).
 *
 * @param mean the average over replications
 * @param lower lower end of the 95% confidence interval
 * @param upper upper end of the 95% confidence interval
 * @param n number of replications where the quantity was defined
 */
public record Estimate(double mean, double lower, double upper, int n) {
  /**
   * 97.5% quantiles of Student t by degrees of freedom; the solver is slow and reports need many.
   */
  private static final Map<Integer, Double> T_QUANTILES = new ConcurrentHashMap<>();

  /** The estimate from one value per replication. */
  public static Estimate of(double[] values) {
    int n = 0;
    double sum = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        n++;
        sum += v;
      }
    }
    if (n == 0) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double mean = sum / n;
    if (n == 1) {
      return new Estimate(mean, mean, mean, 1);
    }
    double squares = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        squares += (v - mean) * (v - mean);
      }
    }
    return of(n, mean, squares / (n - 1));
  }

  /**
   * The estimate from summary statistics.
   *
   * @param n number of defined values
   * @param mean their mean
   * @param variance their sample variance (divisor n - 1)
   */
  public static Estimate of(int n, double mean, double variance) {
    if (n == 0) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    if (n == 1) {
      return new Estimate(mean, mean, mean, 1);
    }
    double standardError = Math.sqrt(variance / n);
    double t =
        T_QUANTILES.computeIfAbsent(
            n - 1, df -> new TDistribution(null, df).inverseCumulativeProbability(0.975));
    return new Estimate(mean, mean - t * standardError, mean + t * standardError, n);
  }

  /** Whether {@code value} lies inside the confidence interval (ends included). */
  public boolean covers(double value) {
    return value >= lower && value <= upper;
  }

  /** Half the width of the confidence interval. */
  public double halfWidth() {
    return (upper - lower) / 2;
  }
}
