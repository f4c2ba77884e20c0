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
 * undo runs). Integer hundredths keep add and undo exact, so scores never drift. The penalties
 * are kept as running totals, so a change costs time in proportion to the slots it touches.
 */
final class DayCoverageCollector
    implements UniConstraintCollector<DaySlice, DayCoverageCollector.Sums, DayCoverage> {

  /** Mutable per-group coverage in hundredths, [queue * 96 + slot of day], with running totals. */
  static final class Sums {
    private int gridDay = -1;
    private CoverageModel model;
    private int[] covered;
    private int[] required;
    private long underSquares;
    private long over;

    private void add(int index, int amount) {
      int r = required[index];
      int before = r - covered[index];
      int after = before - amount;
      covered[index] += amount;
      underSquares += (after > 0 ? (long) after * after : 0) - (before > 0 ? (long) before * before : 0);
      over += (after < 0 ? -after : 0) - (before < 0 ? -before : 0);
    }
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
        init(sums, day.getCoverage(), slice.gridDay());
      }
      if (!day.isWorking()) {
        return () -> {};
      }
      int[] deltas = contributions(day, slice.gridDay());
      for (int i = 0; i < deltas.length; i += 2) {
        sums.add(deltas[i], deltas[i + 1]);
      }
      return () -> {
        for (int i = 0; i < deltas.length; i += 2) {
          sums.add(deltas[i], -deltas[i + 1]);
        }
      };
    };
  }

  private static void init(Sums sums, CoverageModel model, int gridDay) {
    sums.model = model;
    sums.gridDay = gridDay;
    int n = model.queueCount() * ScheduleHorizon.SLOTS_PER_DAY;
    sums.covered = new int[n];
    sums.required = new int[n];
    int base = gridDay * ScheduleHorizon.SLOTS_PER_DAY;
    for (int q = 0; q < model.queueCount(); q++) {
      for (int i = 0; i < ScheduleHorizon.SLOTS_PER_DAY; i++) {
        int r = model.requirement(q, base + i);
        sums.required[q * ScheduleHorizon.SLOTS_PER_DAY + i] = r;
        sums.underSquares += (long) r * r;
      }
    }
  }

  /** Pairs (index into the day array, hundredths) for the day's worked slots on this grid day. */
  static int[] contributions(AgentDay day, int gridDay) {
    CoverageModel model = day.getCoverage();
    int[] queues = model.allocationQueues(day.getAgent());
    int k = queues.length;
    int[] shares = model.sharesOverGrid(day.getAgent());
    int[] slots = day.workedSlots();
    int base = gridDay * ScheduleHorizon.SLOTS_PER_DAY;
    int[] deltas = new int[slots.length * k * 2];
    int n = 0;
    for (int slot : slots) {
      int i = slot - base;
      if (i < 0 || i >= ScheduleHorizon.SLOTS_PER_DAY) {
        continue;
      }
      for (int j = 0; j < k; j++) {
        int share = shares[slot * k + j];
        if (share != 0) {
          deltas[n++] = queues[j] * ScheduleHorizon.SLOTS_PER_DAY + i;
          deltas[n++] = share;
        }
      }
    }
    return java.util.Arrays.copyOf(deltas, n);
  }

  @Override
  public Function<Sums, DayCoverage> finisher() {
    // The array is shared, not copied: a justification reads it when the match is made.
    return sums ->
        new DayCoverage(sums.gridDay, sums.model, sums.covered, sums.underSquares / 100, sums.over);
  }
}
