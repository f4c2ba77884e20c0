package org.openwfm.scheduling.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.io.ProblemReader;
import org.openwfm.scheduling.solver.CoverageReport;
import org.openwfm.scheduling.solver.GreedyInitializer;
import org.openwfm.scheduling.solver.ScheduleSolver;
import org.openwfm.scheduling.solver.SolveOptions;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Compares local-search acceptors on a problem at an equal number of score calculations (so the
 * other load on a shared machine does not decide) or, with a limit like {@code 60s}, an equal time;
 * single-threaded with seed 1, from the same greedy start. Prints one line per acceptor: final
 * score and shortfall in agent-hours.
 *
 * <p>Run: {@code java -cp cli/target/wfm.jar org.openwfm.scheduling.demo.AcceptorBenchmark
 * docs/problems/demo-contact-centre.json 500000 sa la50 la400 la2000 tabu}
 */
public final class AcceptorBenchmark {

  private AcceptorBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException(
          "usage: AcceptorBenchmark PROBLEM.json CALCULATIONS|SECONDSs sa|la50|la400|la2000|tabu"
              + " ...");
    }
    boolean timed = args[1].endsWith("s");
    long limit = Long.parseLong(timed ? args[1].substring(0, args[1].length() - 1) : args[1]);
    for (int i = 2; i < args.length; i++) {
      Schedule schedule;
      try (Reader reader = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
        schedule = ProblemReader.read(reader, args[0]);
      }
      GreedyInitializer.initialize(schedule);
      SolverConfig config =
          ScheduleSolver.config(
              SolveOptions.of(Duration.ofHours(1)).withSeed(1), schedule.getConfiguration());
      config.setTerminationConfig(
          timed
              ? new TerminationConfig().withSpentLimit(Duration.ofSeconds(limit))
              : new TerminationConfig().withScoreCalculationCountLimit(limit));
      LocalSearchPhaseConfig phase = (LocalSearchPhaseConfig) config.getPhaseConfigList().get(0);
      String variant = args[i];
      switch (variant) {
        case "sa" -> {}
        case "la50", "la400", "la2000" -> {
          phase.setAcceptorConfig(
              new LocalSearchAcceptorConfig()
                  .withLateAcceptanceSize(Integer.parseInt(variant.substring(2))));
          phase.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
        }
        case "tabu" -> {
          phase.setAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.02));
          phase.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(200));
        }
        default -> throw new IllegalArgumentException("unknown acceptor " + variant);
      }
      long start = System.nanoTime();
      Solver<Schedule> solver = SolverFactory.<Schedule>create(config).buildSolver();
      Schedule best = solver.solve(schedule);
      System.out.printf(
          Locale.ROOT,
          "%-7s %s short %.1f agent-hours (%.1f s)%n",
          variant,
          best.getScore(),
          CoverageReport.of(best).shortAgentHours(),
          (System.nanoTime() - start) / 1e9);
    }
  }
}
