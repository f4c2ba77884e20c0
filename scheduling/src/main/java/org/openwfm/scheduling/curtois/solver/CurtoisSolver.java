package org.openwfm.scheduling.curtois.solver;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.openwfm.scheduling.curtois.CurtoisInstance;
import org.openwfm.scheduling.curtois.Roster;
import org.openwfm.scheduling.curtois.ShiftType;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Solves a benchmark instance in two stages: column generation, a dive and a branch and price
 * (see {@link ColumnGeneration}) build a roster and a lower bound in the first half of the time
 * (four fifths when the branch and price completes plunges);
 * OptaPlanner's late acceptance local search then improves that roster with four kinds of move: a
 * single day changed, a run of days swapped between two employees, a run of days of one employee
 * set to one shift type or off, and the line move, which re-plans one to three employees' whole
 * lines exactly (see {@link LineMoveFactory}). It stops early at the lower bound. When some
 * employee has no feasible line at all, the search starts from an empty roster (everyone off).
 *
 * <p>Pricing uses both cores; with a time limit the result depends on machine speed.
 */
public final class CurtoisSolver {

  /**
   * Late acceptance history length. Line moves are costly (a dynamic programme each), so a run
   * makes few steps; a short history lets the search converge within a minute.
   */
  static final int LATE_ACCEPTANCE_SIZE = 100;

  /**
   * Selection weight of line moves against weight 1 for each kind of small move: the line moves do
   * the optimising, the small moves shake the roster so that the next best responses differ.
   */
  static final double LINE_MOVE_WEIGHT = 3.0;

  private final Duration timeLimit;
  private final long seed;
  private final CurtoisConstraintConfiguration weights;
  private final long scoreCalculationLimit;
  private final Duration cpuTimeLimit;

  /**
   * Creates a solver.
   *
   * @param timeLimit how long to search (wall clock), positive
   * @param seed random seed of the search
   * @param weights the constraint weights; the defaults make the soft score minus the objective
   */
  public CurtoisSolver(Duration timeLimit, long seed, CurtoisConstraintConfiguration weights) {
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("Time limit must be positive, was " + timeLimit);
    }
    this.timeLimit = timeLimit;
    this.seed = seed;
    this.weights = weights;
    this.scoreCalculationLimit = Long.MAX_VALUE;
    this.cpuTimeLimit = timeLimit;
  }

  private CurtoisSolver(CurtoisSolver base, long scoreCalculationLimit, Duration cpuTimeLimit) {
    this.timeLimit = base.timeLimit;
    this.seed = base.seed;
    this.weights = base.weights;
    this.scoreCalculationLimit = scoreCalculationLimit;
    this.cpuTimeLimit = cpuTimeLimit;
  }

  /**
   * This solver, stopping also once the solving thread has had {@code limit} of processor time. On
   * a machine shared with other work this budgets the search like a time limit on an idle machine.
   */
  public CurtoisSolver withCpuTimeLimit(Duration limit) {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("CPU time limit must be positive, was " + limit);
    }
    return new CurtoisSolver(this, scoreCalculationLimit, limit);
  }

  /**
   * This solver, stopping also after {@code limit} score calculations: with a limit reached before
   * the time limit the result is the same on every machine.
   */
  public CurtoisSolver withScoreCalculationLimit(long limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("Score calculation limit must be >= 1, was " + limit);
    }
    return new CurtoisSolver(this, limit, cpuTimeLimit);
  }

  /** A solver with the default weights. */
  public CurtoisSolver(Duration timeLimit, long seed) {
    this(timeLimit, seed, new CurtoisConstraintConfiguration());
  }

  /**
   * The best roster found and how it was found.
   *
   * @param roster the best roster
   * @param score its score under the solver's weights
   * @param timeToBest wall-clock time from the start until this roster was found
   * @param scoreCalculationCount how many scores were calculated (moves evaluated)
   * @param wallTime wall-clock time of the whole search
   * @param cpuTime processor time the solving thread got during the search; on a shared machine far
   *     less than {@code wallTime}
   * @param lowerBound a lower bound on the objective of every feasible roster (the Lagrangian
   *     bound of the column generation), empty when the column generation did not run
   */
  public record Result(
      Roster roster,
      HardSoftScore score,
      Duration timeToBest,
      long scoreCalculationCount,
      Duration wallTime,
      Duration cpuTime,
      OptionalDouble lowerBound) {}

  /**
   * Share of the time limits given to the root column generation and the dive, and to the branch
   * and price unless it has completed a plunge by then (see {@link ColumnGeneration#run}).
   */
  static final double COLUMN_GENERATION_SHARE = 0.5;

  /**
   * Share of the time limits the branch and price may take when its plunges complete (small
   * instances): there it finds the last units (Instance 7 at 60 s: 1057 found after 30 s), while
   * the local search improved none of its rosters. (Stopping it at half the time unless it had
   * improved in the last quarter left Instance 7 at 1059 in three runs: the 1057 came just after.)
   */
  static final double BRANCH_AND_PRICE_SHARE = 0.8;

  /**
   * Builds a roster by column generation, diving and branch and price (see {@link
   * ColumnGeneration}) in the first {@link #COLUMN_GENERATION_SHARE} or, when the branch and price
   * is making progress, {@link #BRANCH_AND_PRICE_SHARE} of the time limits, then improves it by
   * local search until the limits, and returns the best roster found.
   */
  public Result solve(CurtoisInstance instance) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    CurtoisRoster initial = CurtoisRoster.unsolved(instance, weights);
    OptionalDouble lowerBound = OptionalDouble.empty();
    long foundAt = start;
    {
      ColumnGeneration generation = new ColumnGeneration(instance);
      Optional<ColumnGeneration.Outcome> outcome =
          generation.run(
              share(BRANCH_AND_PRICE_SHARE, threads, cpuStart, start),
              share(COLUMN_GENERATION_SHARE, threads, cpuStart, start));
      if (outcome.isPresent()) {
        foundAt = outcome.get().foundAt();
        ShiftType[][] lines = outcome.get().roster();
        for (EmployeeDay employeeDay : initial.getEmployeeDays()) {
          if (!employeeDay.isPinned()) {
            employeeDay.setShiftType(lines[employeeDay.employee().index()][employeeDay.day()]);
          }
        }
        if (generation.lowerBound() > Double.NEGATIVE_INFINITY) {
          // The objective is an integer: round the bound up (less a margin for rounding errors).
          lowerBound = OptionalDouble.of(Math.ceil(generation.lowerBound() - 1e-6));
        }
      }
    }
    long left = timeLimit.toNanos() - (System.nanoTime() - start);
    SolverFactory<CurtoisRoster> factory =
        SolverFactory.create(config(Duration.ofNanos(Math.max(left, 1_000_000)), lowerBound));
    Solver<CurtoisRoster> solver = factory.buildSolver();
    // The search announces its starting roster too: only a better one moves the time of the best.
    HardSoftScore startScore =
        SolutionManager.<CurtoisRoster, HardSoftScore>create(factory).update(initial);
    AtomicLong bestAt = new AtomicLong(foundAt);
    solver.addEventListener(
        event -> {
          if (event.getNewBestScore().compareTo(startScore) > 0) {
            bestAt.set(System.nanoTime());
          }
        });
    Thread watchdog = cpuWatchdog(solver, Thread.currentThread().getId(), cpuStart);
    CurtoisRoster best;
    try {
      best = solver.solve(initial);
    } finally {
      watchdog.interrupt();
    }
    long wall = System.nanoTime() - start;
    long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
    long count =
        solver instanceof DefaultSolver<CurtoisRoster> inner
            ? inner.getSolverScope().getScoreCalculationCount()
            : 0;
    return new Result(
        toRoster(instance, best),
        best.getScore(),
        Duration.ofNanos(bestAt.get() - start),
        count,
        Duration.ofNanos(wall),
        Duration.ofNanos(Math.max(0, cpu)),
        lowerBound);
  }

  /** Whether the CPU time of this thread or the wall time since the start passed a share of them. */
  private BooleanSupplier share(double share, ThreadMXBean threads, long cpuStart, long start) {
    long cpuShare = (long) (cpuTimeLimit.toNanos() * share);
    long wallShare = (long) (timeLimit.toNanos() * share);
    return () ->
        threads.getCurrentThreadCpuTime() - cpuStart > cpuShare
            || System.nanoTime() - start > wallShare;
  }

  /** Stops {@code solver} once thread {@code threadId} has used the CPU time limit. */
  private Thread cpuWatchdog(Solver<CurtoisRoster> solver, long threadId, long cpuStart) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Thread watchdog =
        new Thread(
            () -> {
              try {
                while (threads.getThreadCpuTime(threadId) - cpuStart < cpuTimeLimit.toNanos()) {
                  Thread.sleep(50);
                }
                solver.terminateEarly();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "curtois-cpu-watchdog");
    watchdog.setDaemon(true);
    if (cpuTimeLimit.compareTo(timeLimit) < 0) {
      watchdog.start();
    }
    return watchdog;
  }

  /**
   * The local search, stopping at {@code searchLimit} or, as no roster can do better, once a
   * feasible roster meets {@code lowerBound}.
   */
  private SolverConfig config(Duration searchLimit, OptionalDouble lowerBound) {
    TerminationConfig termination =
        new TerminationConfig()
            .withMillisecondsSpentLimit(Math.max(1, searchLimit.toMillis()))
            .withScoreCalculationCountLimit(scoreCalculationLimit);
    if (lowerBound.isPresent()) {
      termination.setBestScoreLimit(
          HardSoftScore.of(0, -(int) lowerBound.getAsDouble()).toString());
    }
    LocalSearchPhaseConfig localSearch =
        new LocalSearchPhaseConfig()
            .withMoveSelectorConfig(
                new UnionMoveSelectorConfig()
                    .withMoveSelectors(
                        new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                        new MoveIteratorFactoryConfig()
                            .withMoveIteratorFactoryClass(BlockSwapMoveFactory.class)
                            .withFixedProbabilityWeight(1.0),
                        new MoveIteratorFactoryConfig()
                            .withMoveIteratorFactoryClass(BlockChangeMoveFactory.class)
                            .withFixedProbabilityWeight(1.0),
                        new MoveIteratorFactoryConfig()
                            .withMoveIteratorFactoryClass(LineMoveFactory.class)
                            .withFixedProbabilityWeight(LINE_MOVE_WEIGHT)))
            .withAcceptorConfig(
                new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
            .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    return new SolverConfig(CurtoisSolver.class.getClassLoader())
        .withSolutionClass(CurtoisRoster.class)
        .withEntityClasses(EmployeeDay.class)
        .withConstraintProviderClass(CurtoisConstraintProvider.class)
        .withRandomSeed(seed)
        .withTerminationConfig(termination)
        .withPhases(localSearch);
  }

  static Roster toRoster(CurtoisInstance instance, CurtoisRoster solved) {
    Roster roster = new Roster(instance);
    for (EmployeeDay employeeDay : solved.getEmployeeDays()) {
      roster.assign(
          instance.employees().get(employeeDay.employee().index()),
          employeeDay.day(),
          Optional.ofNullable(employeeDay.getShiftType())
              .map(shiftType -> instance.shiftTypes().get(shiftType.index())));
    }
    return roster;
  }
}
