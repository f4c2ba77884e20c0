package org.openwfm.web.application.schedule;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.solver.GreedyInitializer;
import org.openwfm.scheduling.solver.ScheduleSolver;
import org.openwfm.scheduling.solver.SolveOptions;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * One solver run over a detached engine problem, as the CLI does it (greedy first schedule, then the engine's
 * local search until the time limit or a fifth of it without improvement), plus what a background job needs:
 * every new best score is reported, and {@link #stop} ends the search early keeping the best schedule. Plain
 * Java: no container, no database. One run per object; {@link #stop} may be called from any thread.
 */
public final class ScheduleRun {

  /** Hears about each new best schedule. */
  @FunctionalInterface
  public interface Listener {
    /**
     * @param score e.g. "0hard/-12345soft"
     * @param elapsed time since the run started
     */
    void bestSolution(String score, boolean feasible, Duration elapsed);
  }

  private final Solver<Schedule> solver;
  private final Duration timeLimit;
  private final AtomicBoolean stopped = new AtomicBoolean();

  public ScheduleRun(Schedule problem, Duration timeLimit) {
    this.timeLimit = timeLimit;
    this.solver =
        SolverFactory.<Schedule>create(ScheduleSolver.config(SolveOptions.of(timeLimit), problem.getConfiguration()))
            .buildSolver();
  }

  public Duration timeLimit() {
    return timeLimit;
  }

  /**
   * Builds the greedy first schedule and improves it; returns the best schedule found (a copy of the problem
   * with the decisions and score set). Stopped before the search started, it returns the greedy schedule.
   */
  public Schedule solve(Schedule problem, Listener listener) {
    long start = System.nanoTime();
    GreedyInitializer.initialize(problem);
    HardSoftLongScore first = ScheduleSolver.score(problem);
    listener.bestSolution(first.toString(), first.isFeasible(), Duration.ofNanos(System.nanoTime() - start));
    if (stopped.get()) {
      return problem;
    }
    solver.addEventListener(
        event -> {
          if (stopped.get()) {
            solver.terminateEarly(); // a stop that came while the solver was starting
          }
          HardSoftLongScore score = event.getNewBestSolution().getScore();
          listener.bestSolution(score.toString(), score.isFeasible(), Duration.ofNanos(System.nanoTime() - start));
        });
    return solver.solve(problem);
  }

  /** Asks the search to end now; the best schedule so far is what {@link #solve} returns. */
  public void stop() {
    stopped.set(true);
    solver.terminateEarly();
  }
}
