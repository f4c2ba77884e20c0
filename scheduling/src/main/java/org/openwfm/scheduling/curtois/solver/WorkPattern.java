package org.openwfm.scheduling.curtois.solver;

import java.util.BitSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/**
 * The days one employee works over the horizon, as a snapshot, with the run-length rules of the
 * benchmark evaluated on it. A run (of worked days or of days off) that touches the first or last
 * day of the horizon is not held to a minimum length, because it may continue outside the horizon.
 *
 * @param worked bit {@code d} set when day index {@code d} is worked; never modified
 * @param horizonDays number of days in the horizon
 */
record WorkPattern(BitSet worked, int horizonDays) {

  /** Collects the {@link EmployeeDay}s of one employee (worked or not) into their pattern. */
  static UniConstraintCollector<EmployeeDay, ?, WorkPattern> collect() {
    return COLLECTOR;
  }

  /** Sum over runs of worked days of the days beyond {@code max}. */
  int daysOverMaxConsecutiveShifts(int max) {
    int excess = 0;
    for (int start = worked.nextSetBit(0); start >= 0; ) {
      int end = worked.nextClearBit(start);
      excess += Math.max(0, end - start - max);
      start = worked.nextSetBit(end);
    }
    return excess;
  }

  /** Sum over runs of worked days inside the horizon of the days missing to reach {@code min}. */
  int daysUnderMinConsecutiveShifts(int min) {
    int shortfall = 0;
    for (int start = worked.nextSetBit(0); start >= 0; ) {
      int end = worked.nextClearBit(start);
      if (start > 0 && end < horizonDays) {
        shortfall += Math.max(0, min - (end - start));
      }
      start = worked.nextSetBit(end);
    }
    return shortfall;
  }

  /** Sum over runs of days off between two worked days of the days missing to reach {@code min}. */
  int daysUnderMinConsecutiveDaysOff(int min) {
    int shortfall = 0;
    int firstWorked = worked.nextSetBit(0);
    if (firstWorked < 0) {
      return 0;
    }
    for (int start = worked.nextClearBit(firstWorked); start < horizonDays; ) {
      int end = worked.nextSetBit(start);
      if (end < 0) {
        break;
      }
      shortfall += Math.max(0, min - (end - start));
      start = worked.nextClearBit(end);
    }
    return shortfall;
  }

  private static final UniConstraintCollector<EmployeeDay, Counter, WorkPattern> COLLECTOR =
      new UniConstraintCollector<>() {
        @Override
        public Supplier<Counter> supplier() {
          return Counter::new;
        }

        @Override
        public BiFunction<Counter, EmployeeDay, Runnable> accumulator() {
          return Counter::add;
        }

        @Override
        public Function<Counter, WorkPattern> finisher() {
          return Counter::pattern;
        }
      };

  /**
   * Mutable tally of worked entities per day; an entity leaves the tally by its undo action. The
   * horizon is the last day seen, as every employee has an entity for every day.
   */
  private static final class Counter {
    private int[] workedCount = new int[32];
    private int maxDay = -1;

    Runnable add(EmployeeDay employeeDay) {
      int day = employeeDay.day();
      boolean isWorked = employeeDay.isWorked();
      if (day >= workedCount.length) {
        int[] grown = new int[Math.max(day + 1, workedCount.length * 2)];
        System.arraycopy(workedCount, 0, grown, 0, workedCount.length);
        workedCount = grown;
      }
      if (isWorked) {
        workedCount[day]++;
      }
      maxDay = Math.max(maxDay, day);
      return () -> {
        if (isWorked) {
          workedCount[day]--;
        }
      };
    }

    WorkPattern pattern() {
      BitSet bits = new BitSet(maxDay + 1);
      for (int day = 0; day <= maxDay; day++) {
        if (workedCount[day] > 0) {
          bits.set(day);
        }
      }
      return new WorkPattern(bits, maxDay + 1);
    }
  }
}
