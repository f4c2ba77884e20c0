package org.openwfm.scheduling.solver;

import java.util.List;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.Schedule;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solves a {@link Schedule}: a greedy first schedule ({@link GreedyInitializer}), then local search
 * (late acceptance; mostly the shift-aware moves of {@link ScheduleMoveIteratorFactory}, plus
 * OptaPlanner's generic change and swap moves) until the time limit or the
 * unimproved limit. The problem object is changed in place and also returned.
 */
public final class ScheduleSolver {

  /** What a run produced, with its score calculation speed (per second). */
  public record Result(
      Schedule schedule, HardSoftLongScore score, long scoreCalculationCount, long millis) {

    /** Score calculations per second over the run. */
    public long scoreCalculationSpeed() {
      return millis == 0 ? 0 : scoreCalculationCount * 1000 / millis;
    }
  }

  private ScheduleSolver() {}

  /** The solver configuration for the given options (class loader of this library, Bavet). */
  public static SolverConfig config(SolveOptions options) {
    SolverConfig config =
        new SolverConfig(ScheduleSolver.class.getClassLoader())
            .withSolutionClass(Schedule.class)
            .withEntityClasses(AgentDay.class)
            .withConstraintProviderClass(ScheduleConstraintProvider.class)
            .withTerminationConfig(
                new TerminationConfig()
                    .withSpentLimit(options.timeLimit())
                    .withUnimprovedSpentLimit(options.unimprovedLimit()))
            .withPhases(
                new LocalSearchPhaseConfig()
                    .withMoveSelectorConfig(
                        new UnionMoveSelectorConfig()
                            .withMoveSelectors(
                                new MoveIteratorFactoryConfig()
                                    .withMoveIteratorFactoryClass(
                                        ScheduleMoveIteratorFactory.class)
                                    .withFixedProbabilityWeight(8.0),
                                new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                                new SwapMoveSelectorConfig().withFixedProbabilityWeight(1.0))))
            .withMoveThreadCount(options.moveThreads());
    options.seed().ifPresent(seed -> config.withRandomSeed(seed).withEnvironmentMode(
        EnvironmentMode.REPRODUCIBLE));
    return config;
  }

  /** Initializes (greedy) and improves the schedule. */
  public static Result solve(Schedule problem, SolveOptions options) {
    GreedyInitializer.initialize(problem);
    SolverFactory<Schedule> factory = SolverFactory.create(config(options));
    Solver<Schedule> solver = factory.buildSolver();
    long start = System.nanoTime();
    Schedule best = solver.solve(problem);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long count = ((org.optaplanner.core.impl.solver.DefaultSolver<Schedule>) solver)
        .getSolverScope().getScoreCalculationCount();
    copyDecisions(best, problem);
    return new Result(problem, best.getScore(), count, millis);
  }

  /** Scores a schedule as it stands, without solving. */
  public static HardSoftLongScore score(Schedule schedule) {
    SolutionManager<Schedule, HardSoftLongScore> manager =
        SolutionManager.create(SolverFactory.create(config(SolveOptions.of(java.time.Duration
            .ofSeconds(1)))));
    return manager.update(schedule);
  }

  private static void copyDecisions(Schedule from, Schedule to) {
    if (from == to) {
      return;
    }
    List<AgentDay> source = from.getAgentDays();
    List<AgentDay> target = to.getAgentDays();
    for (int i = 0; i < source.size(); i++) {
      target.get(i).setPattern(source.get(i).getPattern());
      target.get(i).setLocation(source.get(i).getLocation());
    }
    to.setScore(from.getScore());
  }
}
