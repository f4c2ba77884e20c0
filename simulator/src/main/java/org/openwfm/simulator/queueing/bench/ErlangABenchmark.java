package org.openwfm.simulator.queueing.bench;

import java.util.Arrays;
import java.util.Locale;
import org.openwfm.simulator.queueing.ErlangA;
import org.openwfm.simulator.queueing.ErlangAResult;
import org.openwfm.simulator.queueing.Workload;

/**
 * Times single Erlang A evaluations at 10,000 agents (all measures: P(wait), P(abandon), service
 * levels, ASA, occupancy, queue length) for loads from 90% to 120% of the agents and patience from
 * a tenth to ten times the handle time. Prints the median and the worst of the timed evaluations
 * per case.
 *
 * <p>Run: {@code java -cp simulator/target/classes
 * org.openwfm.simulator.queueing.bench.ErlangABenchmark}
 */
public final class ErlangABenchmark {

  private static final int AGENTS = 10_000;
  private static final double AHT = 300;
  private static final int WARM_UP = 300;
  private static final int TIMED = 200;

  private ErlangABenchmark() {}

  public static void main(String[] args) {
    double[] loads = {0.90, 0.98, 1.00, 1.05, 1.20};
    double[] patienceOverAht = {0.1, 1, 10};
    double sink = 0;
    System.out.println("Erlang A at " + AGENTS + " agents, AHT " + AHT + " s, threshold 20 s");
    System.out.println("load/agents  patience_s   median_us   max_us   P(abandon)   SL(offered)");
    double worstMedian = 0;
    for (double load : loads) {
      for (double ratio : patienceOverAht) {
        double traffic = load * AGENTS;
        Workload workload = new Workload(traffic * 3600 / AHT, 3600, AHT);
        double patience = ratio * AHT;
        for (int i = 0; i < WARM_UP; i++) {
          sink += ErlangA.evaluate(workload, patience, AGENTS, 20).pAbandon();
        }
        long[] nanos = new long[TIMED];
        ErlangAResult result = null;
        for (int i = 0; i < TIMED; i++) {
          long start = System.nanoTime();
          result = ErlangA.evaluate(workload, patience, AGENTS, 20);
          nanos[i] = System.nanoTime() - start;
          sink += result.pAbandon();
        }
        Arrays.sort(nanos);
        double median = nanos[TIMED / 2] / 1e3;
        worstMedian = Math.max(worstMedian, median);
        System.out.printf(
            Locale.ROOT,
            "%11.2f  %10.0f  %10.1f  %7.1f   %10.6f   %10.6f%n",
            load,
            patience,
            median,
            nanos[TIMED - 1] / 1e3,
            result.pAbandon(),
            result.serviceLevelOffered());
      }
    }
    System.out.printf(Locale.ROOT, "worst median: %.1f us (checksum %.3f)%n", worstMedian, sink);
  }
}
