package org.openwfm.scheduling.solver;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.CoverageModel;
import org.openwfm.scheduling.domain.DaySlice;
import org.openwfm.scheduling.domain.ScheduleHorizon;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/**
 * Sums the coverage of all agent days touching one grid day, incrementally: adding a slice adds
 * the agent's allocation (see {@link CoverageModel}) in each worked slot, and the returned undo
 * subtracts exactly what was added (captured at insert time, since the entity changes before the
 * undo runs). Integer hundredths keep add and undo exact, so scores never drift.
 */
final class DayCoverageCollector
    implements UniConstraintCollector<DaySlice, DayCoverageCollector.Sums, DayCoverage> {

  /** Mutable per-group coverage in hundredths, [queue * 96 + slot of day]. */
  static final class Sums {
    private int gridDay = -1;
    private CoverageModel model;
    private int[] covered;
  }

  @Override
  public Supplier<Sums> supplier() {
    return Sums::new;
  }

  @Override
  public BiFunction<Sums, DaySlice, Runnable> accumulator() {
    return (sums, slice) -> {
      AgentDay day = slice.agentDay();
      if (sums.model == null) {
        sums.model = day.getCoverage();
        sums.gridDay = slice.gridDay();
        sums.covered = new int[sums.model.queueCount() * ScheduleHorizon.SLOTS_PER_DAY];
      }
      if (!day.isWorking()) {
        return () -> {};
      }
      int[] deltas = contributions(day, slice.gridDay());
      int[] covered = sums.covered;
      for (int i = 0; i < deltas.length; i += 2) {
        covered[deltas[i]] += deltas[i + 1];
      }
      return () -> {
        for (int i = 0; i < deltas.length; i += 2) {
          covered[deltas[i]] -= deltas[i + 1];
        }
      };
    };
  }

  /** Pairs (index into the day array, hundredths) for the day's worked slots on this grid day. */
  static int[] contributions(AgentDay day, int gridDay) {
    CoverageModel model = day.getCoverage();
    int[] queues = model.allocationQueues(day.getAgent());
    int[] slots = day.workedSlots();
    int base = gridDay * ScheduleHorizon.SLOTS_PER_DAY;
    int[] deltas = new int[slots.length * queues.length * 2];
    int n = 0;
    for (int slot : slots) {
      int i = slot - base;
      if (i < 0 || i >= ScheduleHorizon.SLOTS_PER_DAY) {
        continue;
      }
      int[] shares = model.allocate(day.getAgent(), slot);
      for (int j = 0; j < queues.length; j++) {
        if (shares[j] != 0) {
          deltas[n++] = queues[j] * ScheduleHorizon.SLOTS_PER_DAY + i;
          deltas[n++] = shares[j];
        }
      }
    }
    return java.util.Arrays.copyOf(deltas, n);
  }

  @Override
  public Function<Sums, DayCoverage> finisher() {
    return sums -> DayCoverage.of(sums.gridDay, sums.model, sums.covered.clone());
  }
}
