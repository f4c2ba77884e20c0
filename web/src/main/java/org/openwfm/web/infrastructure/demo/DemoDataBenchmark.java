package org.openwfm.web.infrastructure.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Measures how long the demo centre takes to generate: the master data, one pass over the whole
 * history (about 300,000 intervals of 13 queues) and the history CSV written to a discarding
 * writer. Three warm-up rounds, then the median of seven. Run from the repository root after {@code
 * mvn -q -o -pl web -am package}:
 *
 * <pre>
 * java -cp web/target/classes org.openwfm.web.infrastructure.demo.DemoDataBenchmark
 * </pre>
 */
public final class DemoDataBenchmark {

  private static final LocalDate LAST_HISTORY_DAY = LocalDate.of(2026, 10, 31);

  private DemoDataBenchmark() {}

  /** Prints the median times in milliseconds. */
  public static void main(String[] args) {
    int warmUp = 3;
    int rounds = 7;
    double[] generate = new double[rounds];
    double[] history = new double[rounds];
    double[] csv = new double[rounds];
    long rows = 0;
    for (int round = -warmUp; round < rounds; round++) {
      long start = System.nanoTime();
      DemoCentre centre = DemoCentreGenerator.generate(round, LAST_HISTORY_DAY);
      long generated = System.nanoTime();
      rows = centre.history().count();
      long streamed = System.nanoTime();
      try {
        DemoCsvWriter.writeHistory(centre, Writer.nullWriter());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      long written = System.nanoTime();
      if (round >= 0) {
        generate[round] = (generated - start) / 1e6;
        history[round] = (streamed - generated) / 1e6;
        csv[round] = (written - streamed) / 1e6;
      }
    }
    System.out.printf(
        "master data %.1f ms, history of %d intervals %.1f ms, history CSV %.1f ms"
            + " (median of %d after %d warm-up rounds)%n",
        median(generate), rows, median(history), median(csv), rounds, warmUp);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
