package org.openwfm.simulator.queueing.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.openwfm.simulator.queueing.Concurrency;
import org.openwfm.simulator.queueing.QueueingModel;
import org.openwfm.simulator.queueing.ServiceLevelDefinition;
import org.openwfm.simulator.queueing.Staffing;
import org.openwfm.simulator.queueing.StaffingResult;
import org.openwfm.simulator.queueing.StaffingTargets;
import org.openwfm.simulator.queueing.Workload;
import org.openwfm.simulator.queueing.deferred.DeadlineClock;
import org.openwfm.simulator.queueing.deferred.DeferredInterval;
import org.openwfm.simulator.queueing.deferred.DeferredRequirement;
import org.openwfm.simulator.queueing.deferred.DeferredWorkPlanner;
import org.openwfm.simulator.queueing.deferred.DeferredWorkPolicy;

/**
 * Times the staffing of one year of 15-minute intervals (35,040 per queue, around the clock) for 20
 * queues: 12 voice queues on Erlang C to 80/20 with at most 85% occupancy, 4 voice queues on Erlang
 * A to 80/20 with at most 5% abandonment, 2 chat queues with 3 sessions per agent to an ASA of 30
 * s, and 2 e-mail queues to 95% within 8 open hours with a floor of one agent. Volumes are seeded,
 * with a daily and weekly shape and up to about 130 erlangs per queue at the peak. Prints the time
 * of each of three runs.
 *
 * <p>Run: {@code java -cp simulator/target/classes
 * org.openwfm.simulator.queueing.bench.StaffingBenchmark}; with {@code --write FOLDER} it writes
 * the same year as a forecast CSV and a staffing configuration instead, for timing {@code wfm
 * staff}.
 */
public final class StaffingBenchmark {

  private static final int INTERVALS = 365 * 96;
  private static final double SECONDS = 900;

  private StaffingBenchmark() {}

  public static void main(String[] args) throws IOException {
    Random random = new Random(20260214L);
    List<double[]> volumes = new ArrayList<>();
    List<Double> ahts = new ArrayList<>();
    for (int queue = 0; queue < 20; queue++) {
      double peak = 40 + 360 * random.nextDouble();
      volumes.add(volumes(peak, random));
      ahts.add(180 + 120 * random.nextDouble());
    }
    if (args.length == 2 && args[0].equals("--write")) {
      write(Path.of(args[1]), volumes, ahts);
      return;
    }
    for (int run = 1; run <= 3; run++) {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long agentIntervals = staffYear(volumes, ahts);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "run %d: 20 queues x %d intervals staffed in %.3f s wall, %.3f s CPU"
              + " (sum of required agents %d)%n",
          run,
          INTERVALS,
          seconds,
          cpuSeconds,
          agentIntervals);
    }
  }

  private static long staffYear(List<double[]> volumes, List<Double> ahts) {
    long total = 0;
    StaffingTargets voiceC = StaffingTargets.serviceLevel(0.8, 20).withMaxOccupancy(0.85);
    StaffingTargets voiceA = StaffingTargets.serviceLevel(0.8, 20).withMaxAbandon(0.05);
    StaffingTargets chat =
        StaffingTargets.none()
            .withMaxAsaSeconds(30)
            .withSlDefinition(ServiceLevelDefinition.OFFERED);
    for (int queue = 0; queue < 20; queue++) {
      long queueStart = System.nanoTime();
      double[] volume = volumes.get(queue);
      double aht = ahts.get(queue);
      if (queue >= 18) {
        List<DeferredInterval> intervals = new ArrayList<>(INTERVALS);
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
        for (int i = 0; i < INTERVALS; i++) {
          intervals.add(new DeferredInterval(start.plusMinutes(15L * i), volume[i] / 4, aht * 2));
        }
        List<DeferredRequirement> plan =
            DeferredWorkPlanner.plan(
                intervals,
                SECONDS,
                new DeferredWorkPolicy(8 * 3600, 0.95, DeadlineClock.OPEN_HOURS, 1, 0));
        for (DeferredRequirement requirement : plan) {
          total += requirement.requiredAgents();
        }
        report(queue, "deferred", queueStart);
        continue;
      }
      QueueingModel model = queue < 12 ? QueueingModel.erlangC() : QueueingModel.erlangA(120);
      StaffingTargets targets = queue < 12 ? voiceC : queue < 16 ? voiceA : chat;
      Concurrency concurrency = queue < 16 ? Concurrency.NONE : new Concurrency(3, 0.2);
      for (int i = 0; i < INTERVALS; i++) {
        StaffingResult result =
            Staffing.requirement(
                new Workload(volume[i], SECONDS, aht), model, concurrency, targets);
        total += result.requiredAgents();
      }
      report(queue, queue < 12 ? "erlang-c" : queue < 16 ? "erlang-a" : "chat", queueStart);
    }
    return total;
  }

  private static void report(int queue, String kind, long startNanos) {
    if (Boolean.getBoolean("verbose")) {
      System.out.printf(
          Locale.ROOT,
          "  queue %2d %-9s %.3f s%n",
          queue,
          kind,
          (System.nanoTime() - startNanos) / 1e9);
    }
  }

  /**
   * Writes the same year as {@code year-forecast.csv} and {@code year-staffing.json} into a folder,
   * for timing {@code wfm staff} end to end.
   */
  private static void write(Path folder, List<double[]> volumes, List<Double> ahts)
      throws IOException {
    Files.createDirectories(folder);
    Path forecast = folder.resolve("year-forecast.csv");
    LocalDateTime first = LocalDateTime.of(2026, 1, 1, 0, 0);
    try (BufferedWriter out = Files.newBufferedWriter(forecast, StandardCharsets.UTF_8)) {
      out.write("queue,interval_start,offered,offered_low,offered_high,aht_seconds\n");
      for (int queue = 0; queue < 20; queue++) {
        double aht = queue >= 18 ? ahts.get(queue) * 2 : ahts.get(queue);
        for (int i = 0; i < INTERVALS; i++) {
          double offered = queue >= 18 ? volumes.get(queue)[i] / 4 : volumes.get(queue)[i];
          out.write(
              String.format(
                  Locale.ROOT,
                  "%s,%s,%.3f,%.3f,%.3f,%.1f%n",
                  name(queue),
                  first.plusMinutes(15L * i),
                  offered,
                  0.9 * offered,
                  1.1 * offered,
                  aht));
        }
      }
    }
    StringBuilder json = new StringBuilder();
    json.append("{\n  \"interval_minutes\": 15,\n  \"queues\": {\n");
    for (int queue = 0; queue < 20; queue++) {
      json.append("    \"").append(name(queue)).append("\": ");
      if (queue < 12) {
        json.append(
            "{\"service_level\": {\"target\": 0.8, \"seconds\": 20}, \"max_occupancy\": 0.85}");
      } else if (queue < 16) {
        json.append(
            "{\"model\": \"erlang-a\", \"patience_seconds\": 120,"
                + " \"service_level\": {\"target\": 0.8, \"seconds\": 20}, \"max_abandon\": 0.05}");
      } else if (queue < 18) {
        json.append(
            "{\"model\": \"erlang-a\", \"patience_seconds\": 120, \"max_asa_seconds\": 30,"
                + " \"concurrency\": {\"sessions\": 3, \"slowdown\": 0.2}}");
      } else {
        json.append(
            "{\"model\": \"deferred\", \"deadline\": {\"hours\": 8, \"target\": 0.95},"
                + " \"min_agents\": 1}");
      }
      json.append(queue < 19 ? ",\n" : "\n");
    }
    json.append("  }\n}\n");
    Files.writeString(folder.resolve("year-staffing.json"), json.toString());
    System.out.println("wrote " + forecast + " and year-staffing.json");
  }

  private static String name(int queue) {
    String kind = queue < 16 ? "voice" : queue < 18 ? "chat" : "email";
    return String.format(Locale.ROOT, "%s-%02d", kind, queue);
  }

  /**
   * Contacts per interval: a day curve peaking late morning, quieter weekends, Poisson-like noise.
   */
  private static double[] volumes(double peak, Random random) {
    double[] volume = new double[INTERVALS];
    for (int i = 0; i < INTERVALS; i++) {
      int slot = i % 96;
      int weekday = (i / 96) % 7;
      double hour = slot / 4.0;
      double day = Math.exp(-Math.pow((hour - 11.5) / 4.0, 2)) + 0.05;
      double week = weekday >= 5 ? 0.4 : 1.0;
      double mean = peak * day * week;
      volume[i] = Math.max(0, mean + Math.sqrt(mean) * random.nextGaussian());
    }
    return volume;
  }
}
