package org.openwfm.simulator.queueing;

import java.util.Arrays;

/**
 * Independent exact computation of Erlang A for tests: the birth-death chain of the number of
 * contacts in the system summed in log space to where its tail no longer matters, then the fate of
 * a tagged arrival followed through its position in the queue, by first-step analysis (probability
 * of being served, mean wait of served) and by uniformisation (answered and abandoned within the
 * threshold). Slow and simple on purpose.
 */
final class ErlangAChainReference {

  /** Measures of the reference; probabilities in [0, 1], times in seconds. */
  record Values(
      double pWait,
      double pAbandon,
      double answeredWithin,
      double abandonedWithin,
      double asaAnsweredSeconds,
      double occupancy,
      double meanQueueLength,
      double pAbandonByFate) {}

  private ErlangAChainReference() {}

  static Values compute(
      double trafficErlangs, double ahtSeconds, double patienceSeconds, int n, double t) {
    double lambda = trafficErlangs / ahtSeconds;
    double mu = 1 / ahtSeconds;
    double theta = 1 / patienceSeconds;

    // Stationary law of the number in system, unnormalised, in logs.
    double[] log = new double[16];
    log[0] = 0;
    double max = 0;
    int k = 0;
    while (true) {
      k++;
      double deathRate = k <= n ? k * mu : n * mu + (k - n) * theta;
      if (k >= log.length) {
        log = Arrays.copyOf(log, log.length * 2);
      }
      log[k] = log[k - 1] + Math.log(lambda / deathRate);
      max = Math.max(max, log[k]);
      if (k > n && lambda < deathRate && log[k] < max - 90) {
        break;
      }
    }
    int top = k;
    double[] p = new double[top + 1];
    double total = 0;
    for (int i = top; i >= 0; i--) {
      p[i] = Math.exp(log[i] - max);
      total += p[i];
    }
    double pWait = 0;
    double noWait = 0;
    double queue = 0;
    double busy = 0;
    for (int i = 0; i <= top; i++) {
      p[i] /= total;
      if (i >= n) {
        pWait += p[i];
        queue += (i - n) * p[i];
      } else {
        noWait += p[i];
      }
      busy += Math.min(i, n) * p[i];
    }

    // A tagged arrival finding i contacts waiting: i ahead of it.
    int positions = top - n + 1;
    double served = 0;
    double servedWait = 0;
    double survive = 1;
    double meanServedWait = 0;
    for (int i = 0; i < positions; i++) {
      double rate = n * mu + i * theta;
      double move = rate / (rate + theta);
      // first-step analysis: e(i) = s(i) / (rate + theta) + move * e(i - 1), s(i) = move * s(i - 1)
      survive *= move;
      meanServedWait = survive / (rate + theta) + move * meanServedWait;
      served += p[n + i] * survive;
      servedWait += p[n + i] * meanServedWait;
    }
    double pAbandonTagged = pWait - served;

    // Uniformisation of the tagged arrival's position for the probabilities by time t.
    double uniform = n * mu + positions * theta;
    double[] v = new double[positions];
    for (int i = 0; i < positions; i++) {
      v[i] = p[n + i];
    }
    double mean = uniform * t;
    int steps = (int) Math.ceil(mean + 12 * Math.sqrt(mean) + 40);
    double servedSoFar = 0;
    double abandonedSoFar = 0;
    double servedByT = 0;
    double abandonedByT = 0;
    double logPoisson = -mean;
    for (int step = 0; step <= steps; step++) {
      if (step > 0) {
        logPoisson += Math.log(mean / step);
        double[] next = new double[positions];
        for (int i = 0; i < positions; i++) {
          double rate = n * mu + i * theta;
          if (i == 0) {
            servedSoFar += v[0] * rate / uniform;
          } else {
            next[i - 1] += v[i] * rate / uniform;
          }
          abandonedSoFar += v[i] * theta / uniform;
          next[i] += v[i] * (1 - (rate + theta) / uniform);
        }
        v = next;
      }
      double weight = Math.exp(logPoisson);
      servedByT += weight * servedSoFar;
      abandonedByT += weight * abandonedSoFar;
    }
    double answered = noWait + served;
    return new Values(
        pWait,
        theta * queue / lambda,
        noWait + servedByT,
        abandonedByT,
        servedWait / answered,
        busy / n,
        queue,
        pAbandonTagged);
  }
}
