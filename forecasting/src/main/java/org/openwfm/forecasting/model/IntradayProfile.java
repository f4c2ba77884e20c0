package org.openwfm.forecasting.model;

/**
 * The intraday shape of each weekday: the share of the day's contacts in each open slot, estimated
 * as an exponentially weighted average of the shares on recent complete same weekdays (recent days
 * count more, older days still steady the shape), smoothed with a triangular kernel reaching about
 * 15 minutes on each side where the grid is fine enough (10 minutes or finer) for single-slot noise
 * to dominate. Shares of each open weekday sum to 1.
 */
public final class IntradayProfile {
  /** Grids of at least this many slots a day (10 minutes or finer) are smoothed when asked. */
  static final int FINE_GRID_SLOTS = 144;

  /**
   * Minutes on each side that the smoothing kernel reaches: shapes move on a scale of half an
   * hour, single 5- or 6-minute slots carry mostly noise.
   */
  static final int SMOOTHING_REACH_MINUTES = 15;

  private final double[][] share; // [weekday][slot]

  private IntradayProfile(double[][] share) {
    this.share = share;
  }

  /**
   * Estimates the profiles.
   *
   * @param data training data
   * @param halfLife age, in same-weekday occurrences, at which a day's weight halves
   * @param maxDays at most this many recent complete days per weekday
   * @param smooth whether to smooth across neighbouring slots (grids of 10 minutes or finer only)
   */
  public static IntradayProfile estimate(
      TrainingData data, double halfLife, int maxDays, boolean smooth) {
    int slots = data.slots();
    double[][] share = new double[7][slots];
    double decay = Math.pow(0.5, 1 / halfLife);
    for (int w = 0; w < 7; w++) {
      if (!data.open().isOpenDay(w)) {
        continue;
      }
      double weight = 1;
      double weightSum = 0;
      int used = 0;
      int latest = data.days() - 1 - Math.floorMod(data.weekday(data.days() - 1) - w, 7);
      for (int d = latest; d >= 0 && used < maxDays; d -= 7) {
        double total = data.isComplete(d) ? data.dayTotal(d) : Double.NaN;
        if (Double.isNaN(total) || total <= 0) {
          continue;
        }
        double[] row = data.row(d);
        for (int s = 0; s < slots; s++) {
          if (data.open().isOpen(w, s)) {
            share[w][s] += weight * row[s] / total;
          }
        }
        weightSum += weight;
        weight *= decay;
        used++;
      }
      if (weightSum == 0) {
        int open = 0;
        for (int s = 0; s < slots; s++) {
          open += data.open().isOpen(w, s) ? 1 : 0;
        }
        for (int s = 0; s < slots; s++) {
          share[w][s] = data.open().isOpen(w, s) ? 1.0 / open : 0;
        }
        continue;
      }
      for (int s = 0; s < slots; s++) {
        share[w][s] /= weightSum;
      }
      if (smooth && slots >= FINE_GRID_SLOTS) {
        share[w] = smoothed(share[w], data.open(), w);
      }
    }
    return new IntradayProfile(share);
  }

  /** Profiles given directly, {@code share[weekday 0 = Monday][slot]}. */
  public static IntradayProfile of(double[][] share) {
    double[][] copy = new double[share.length][];
    for (int i = 0; i < share.length; i++) {
      copy[i] = share[i].clone();
    }
    return new IntradayProfile(copy);
  }

  private static double[] smoothed(double[] p, OpenHours open, int w) {
    double[] out = new double[p.length];
    double sum = 0;
    for (int s = 0; s < p.length; s++) {
      if (!open.isOpen(w, s)) {
        continue;
      }
      int width = Math.max(1, (int) Math.round(SMOOTHING_REACH_MINUTES * p.length / 1440.0));
      double acc = 0;
      double norm = 0;
      for (int k = -width; k <= width; k++) {
        int j = s + k;
        if (j >= 0 && j < p.length && open.isOpen(w, j)) {
          double weight = width + 1 - Math.abs(k);
          acc += weight * p[j];
          norm += weight;
        }
      }
      out[s] = acc / norm;
      sum += out[s];
    }
    for (int s = 0; s < p.length; s++) {
      out[s] = sum > 0 ? out[s] / sum : 0;
    }
    return out;
  }

  /** Share of the day's contacts in the slot on weekday {@code w} (0 = Monday). */
  public double share(int w, int slot) {
    return share[w][slot];
  }
}
