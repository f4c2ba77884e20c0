package org.openwfm.simulator.des.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Optional;
import org.openwfm.simulator.des.ContactCentreSimulation;
import org.openwfm.simulator.des.ReplicationResult;
import org.openwfm.simulator.des.random.Constant;
import org.openwfm.simulator.des.random.Exponential;
import org.openwfm.simulator.des.scenario.AgentGroupSpec;
import org.openwfm.simulator.des.scenario.Callback;
import org.openwfm.simulator.des.scenario.Channel;
import org.openwfm.simulator.des.scenario.FirstContactResolution;
import org.openwfm.simulator.des.scenario.QueueSpec;
import org.openwfm.simulator.des.scenario.Retrial;
import org.openwfm.simulator.des.scenario.Routing;
import org.openwfm.simulator.des.scenario.Scenario;
import org.openwfm.simulator.des.scenario.Skill;

/**
 * Events per second of one simulation on one core for the M/M/c case of mmc.json (12 agents, 4.2
 * calls per minute, mean handle time 2 minutes), run over a long horizon. Usage: {@code java -cp
 * cli/target/wfm.jar org.openwfm.simulator.des.bench.EventRateBenchmark [days]}.
 */
public final class EventRateBenchmark {
  private EventRateBenchmark() {}

  public static void main(String[] args) {
    int days = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Scenario scenario = mmc(days);
    run(scenario, 0);
    run(scenario, 1);
    double[] best = {0, 0};
    for (int round = 2; round < 7; round++) {
      double[] rates = run(scenario, round);
      best[0] = Math.max(best[0], rates[0]);
      best[1] = Math.max(best[1], rates[1]);
    }
    System.out.printf(
        "M/M/12 over %d days of 480 minutes on one thread: best %.1f million events per"
            + " second of wall time, %.1f million per second of thread CPU time%n",
        days, best[0] / 1e6, best[1] / 1e6);
  }

  /** Wall-time and CPU-time event rates of one replication. */
  private static double[] run(Scenario scenario, int replication) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    ReplicationResult result = new ContactCentreSimulation(scenario, 1, replication).run();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double rate = result.events() / seconds;
    // On a shared machine the thread's CPU time shows what one core does when it is not taken away.
    System.out.printf(
        "replication %d: %d events in %.3f s wall (%.1f million/s), %.3f s CPU"
            + " (%.1f million/s)%n",
        replication,
        result.events(),
        seconds,
        rate / 1e6,
        cpuSeconds,
        result.events() / cpuSeconds / 1e6);
    return new double[] {rate, result.events() / cpuSeconds};
  }

  static Scenario mmc(int days) {
    QueueSpec voice =
        new QueueSpec(
            "voice",
            Channel.VOICE,
            new double[] {2016},
            new Exponential(120),
            new Constant(0),
            Optional.empty(),
            20,
            0,
            0,
            0,
            0,
            Retrial.none(),
            Callback.none(),
            FirstContactResolution.always(),
            0,
            new double[0],
            new double[0]);
    AgentGroupSpec agents =
        new AgentGroupSpec(
            "agents",
            List.of(new Skill("voice", 1, 0)),
            1,
            new double[0],
            new int[] {12},
            List.of(),
            0);
    return new Scenario(
        "M/M/12",
        days,
        1,
        480,
        Optional.empty(),
        List.of(voice),
        List.of(agents),
        Routing.defaults());
  }
}
