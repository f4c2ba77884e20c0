package org.openwfm.scheduling.curtois.solver;

import java.nio.file.Path;
import java.time.Duration;
import org.openwfm.scheduling.curtois.CurtoisInstance;
import org.openwfm.scheduling.curtois.CurtoisReader;
import org.openwfm.scheduling.curtois.RosterCheck;

/**
 * Runs the solver on benchmark instance files and prints one line per file: the objective and hard
 * violations (recomputed by {@link RosterCheck}), the time at which the best roster was found and
 * the processor time the search got and the number of moves evaluated.
 *
 * <p>Arguments: {@code CPU_SECONDS WALL_SECONDS SEED FILE...}: each search stops when its thread
 * has had CPU_SECONDS of processor time or WALL_SECONDS have passed, whichever comes first. On a
 * shared machine the CPU budget stands for the same time limit on an idle one.
 */
public final class CurtoisBenchmark {

  private CurtoisBenchmark() {}

  public static void main(String[] args) {
    if (args.length < 4) {
      System.err.println("usage: CurtoisBenchmark CPU_SECONDS WALL_SECONDS SEED FILE...");
      System.exit(2);
    }
    Duration cpuLimit = Duration.ofSeconds(Long.parseLong(args[0]));
    Duration wallLimit = Duration.ofSeconds(Long.parseLong(args[1]));
    long seed = Long.parseLong(args[2]);
    for (int i = 3; i < args.length; i++) {
      CurtoisInstance instance = CurtoisReader.read(Path.of(args[i]));
      CurtoisSolver.Result result =
          new CurtoisSolver(wallLimit, seed).withCpuTimeLimit(cpuLimit).solve(instance);
      RosterCheck check = RosterCheck.of(result.roster());
      System.out.printf(
          "%s objective=%d lowerBound=%s hardViolations=%d score=%s bestAt=%.1fs wall=%.1fs"
              + " cpu=%.1fs moves=%d%n",
          instance.name(),
          check.objective(),
          result.lowerBound().isPresent() ? (long) result.lowerBound().getAsDouble() : "-",
          check.hardViolations().size(),
          result.score(),
          result.timeToBest().toMillis() / 1000.0,
          result.wallTime().toMillis() / 1000.0,
          result.cpuTime().toMillis() / 1000.0,
          result.scoreCalculationCount());
    }
  }
}
