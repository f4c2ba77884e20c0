package org.openwfm.simulator.des.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openwfm.simulator.des.ContactCentreSimulation;
import org.openwfm.simulator.des.QueueCounter;
import org.openwfm.simulator.des.ReplicationResult;
import org.openwfm.simulator.des.scenario.Scenario;
import org.openwfm.simulator.des.scenario.ScenarioReader;

/**
 * Time per replication of a scenario file on one thread (wall and thread CPU time), after warm-up
 * replications. Usage: {@code java -cp cli/target/wfm.jar
 * org.openwfm.simulator.des.bench.ReplicationTimeBenchmark docs/scenarios/week-1000-agents.json
 * [n]}.
 */
public final class ReplicationTimeBenchmark {
  private ReplicationTimeBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      throw new IllegalArgumentException(
          "usage: ReplicationTimeBenchmark SCENARIO.json [replications]");
    }
    Path file = Path.of(args[0]);
    int replications = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Scenario scenario =
        ScenarioReader.withoutFiles().read(Files.readString(file), file.getFileName().toString());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double bestWall = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    for (int i = 0; i < replications; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      ReplicationResult r = new ContactCentreSimulation(scenario, 1, i).run();
      double wall = (System.nanoTime() - start) / 1e9;
      double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      double contacts = 0;
      for (int q = 0; q < r.queues(); q++) {
        contacts += r.counter(q, 0, r.intervals(), QueueCounter.ARRIVALS);
      }
      System.out.printf(
          "replication %d: %.0f contacts, %d events, %.3f s wall, %.3f s CPU%n",
          i, contacts, r.events(), wall, cpu);
      if (i > 0) {
        bestWall = Math.min(bestWall, wall);
        bestCpu = Math.min(bestCpu, cpu);
      }
    }
    System.out.printf(
        "%s: best replication (after the first) %.3f s wall, %.3f s CPU%n",
        file.getFileName(), bestWall, bestCpu);
  }
}
