package org.openwfm.simulator.des.stats;

/**
 * One-pass statistics of many quantities observed once per replication (a row of values per
 * replication), so that estimates need no storage per replication. Welford's update; NaN values
 * (undefined in that replication) are skipped. Rows must be added in replication order for results
 * that do not depend on the number of threads. Not thread-safe.
 */
public final class Tallies {
  private final int[] counts;
  private final double[] means;
  private final double[] squares;

  /**
   * @param width the number of quantities (values per row)
   */
  public Tallies(int width) {
    counts = new int[width];
    means = new double[width];
    squares = new double[width];
  }

  /** Adds one replication's values; {@code row.length} must equal the width. */
  public void add(double[] row) {
    if (row.length != counts.length) {
      throw new IllegalArgumentException(
          "expected " + counts.length + " values, got " + row.length);
    }
    for (int i = 0; i < row.length; i++) {
      double x = row[i];
      if (Double.isNaN(x)) {
        continue;
      }
      int n = ++counts[i];
      double delta = x - means[i];
      means[i] += delta / n;
      squares[i] += delta * (x - means[i]);
    }
  }

  /** The estimate of quantity {@code i}. */
  public Estimate estimate(int i) {
    return Estimate.of(counts[i], means[i], counts[i] > 1 ? squares[i] / (counts[i] - 1) : 0);
  }
}
