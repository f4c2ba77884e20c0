package org.openwfm.forecasting.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openwfm.forecasting.ForecastRequest;
import org.openwfm.forecasting.ForecastResult;
import org.openwfm.forecasting.Forecaster;
import org.openwfm.forecasting.data.History;
import org.openwfm.forecasting.data.QueueHistory;

/**
 * Speed of the whole engine (opening hours, events, back-test of all candidates, choice, forecast,
 * bands) on seeded synthetic queues: (a) one queue with 8 months of 6-minute history, 14-day
 * forecast; (b) 100 queues with a year of 15-minute history, 14-day forecast. Each is run a few
 * times; the best and median wall-clock times are printed (the first run includes JIT warm-up).
 *
 * <p>Usage: {@code java -cp cli/target/wfm.jar org.openwfm.forecasting.benchmark.SpeedBenchmark}
 */
public final class SpeedBenchmark {
  private SpeedBenchmark() {}

  public static void main(String[] args) {
    Forecaster forecaster = new Forecaster();
    ForecastRequest request = ForecastRequest.of(14);
    History one =
        new History(
            List.of(SyntheticQueues.queue("q-6min", LocalDate.of(2025, 1, 6), 243, 6, 3000, 1)));
    time(
        "1 queue, 8 months of 6-minute history, 14 days",
        7,
        () -> forecaster.forecast(one, List.of(), request));
    List<QueueHistory> queues = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      queues.add(
          SyntheticQueues.queue(
              "q" + i, LocalDate.of(2025, 1, 6), 365, 15, 200 + 50 * i, 1000 + i));
    }
    History hundred = new History(queues);
    time(
        "100 queues, a year of 15-minute history, 14 days",
        3,
        () -> forecaster.forecast(hundred, List.of(), request));
    System.out.println("cores available: " + Runtime.getRuntime().availableProcessors());
  }

  private static void time(
      String label, int runs, java.util.function.Supplier<ForecastResult> task) {
    double[] seconds = new double[runs];
    for (int r = 0; r < runs; r++) {
      long t = System.nanoTime();
      ForecastResult result = task.get();
      seconds[r] = (System.nanoTime() - t) / 1e9;
      if (result.queues().isEmpty()) {
        throw new IllegalStateException("no forecast");
      }
    }
    double[] sorted = seconds.clone();
    java.util.Arrays.sort(sorted);
    System.out.printf(
        "%s: best %.3f s, median %.3f s, first %.3f s%n",
        label, sorted[0], sorted[runs / 2], seconds[0]);
  }
}
