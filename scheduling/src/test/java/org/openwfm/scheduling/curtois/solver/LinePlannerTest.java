package org.openwfm.scheduling.curtois.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openwfm.scheduling.curtois.CurtoisInstance;
import org.openwfm.scheduling.curtois.Employee;
import org.openwfm.scheduling.curtois.Roster;
import org.openwfm.scheduling.curtois.RosterCheck;
import org.openwfm.scheduling.curtois.ShiftType;

class LinePlannerTest {

  private static final int DAYS = 9;
  private static final ShiftType EARLY = new ShiftType("E", 0, 480, Set.of());
  private static final ShiftType LATE = new ShiftType("L", 1, 600, Set.of("E"));
  private static final List<ShiftType> TYPES = List.of(EARLY, LATE);

  /** Limits that bind on 9 days: few L, minutes, runs, weekends, a day off. */
  private static final Employee EMPLOYEE =
      new Employee("A", 0, Map.of("L", 2), 3500, 2400, 3, 2, 2, 1, Set.of(4));

  private static final CurtoisInstance INSTANCE =
      new CurtoisInstance("one", DAYS, TYPES, List.of(EMPLOYEE), List.of(), List.of(), List.of());

  private static boolean feasible(ShiftType[] line) {
    Roster roster = new Roster(INSTANCE);
    for (int day = 0; day < DAYS; day++) {
      roster.assign(EMPLOYEE, day, Optional.ofNullable(line[day]));
    }
    return RosterCheck.of(roster).isFeasible();
  }

  private static long cost(long[][] cost, ShiftType[] line) {
    long total = 0;
    for (int day = 0; day < line.length; day++) {
      total += cost[day][line[day] == null ? TYPES.size() : line[day].index()];
    }
    return total;
  }

  /** The cheapest feasible line by trying all 3^9 lines. */
  private static long bruteForce(long[][] cost) {
    long best = Long.MAX_VALUE;
    ShiftType[] line = new ShiftType[DAYS];
    int lines = (int) Math.pow(3, DAYS);
    for (int code = 0; code < lines; code++) {
      int rest = code;
      for (int day = 0; day < DAYS; day++) {
        int option = rest % 3;
        rest /= 3;
        line[day] = option == 2 ? null : TYPES.get(option);
      }
      if (feasible(line)) {
        best = Math.min(best, cost(cost, line));
      }
    }
    return best;
  }

  @Test
  void findsTheCheapestLineThatTheIndependentCheckerFindsFeasible() {
    LinePlanner planner = new LinePlanner(EMPLOYEE, DAYS, TYPES);
    Random random = new Random(7);
    for (int round = 0; round < 25; round++) {
      long[][] cost = new long[DAYS][TYPES.size() + 1];
      for (long[] day : cost) {
        for (int option = 0; option < day.length; option++) {
          day[option] = random.nextInt(200) - 100;
        }
      }
      ShiftType[] line = planner.plan(cost).orElseThrow();
      assertTrue(feasible(line), "round " + round);
      assertEquals(bruteForce(cost), cost(cost, line), "round " + round);
    }
  }

  /** Branching forbids options: the planner must avoid them whenever an allowed feasible line exists. */
  @Test
  void avoidsForbiddenOptionsWheneverAnAllowedLineExists() {
    LinePlanner planner = new LinePlanner(EMPLOYEE, DAYS, TYPES);
    Random random = new Random(5);
    int allowedRounds = 0;
    for (int round = 0; round < 25; round++) {
      long[][] cost = new long[DAYS][TYPES.size() + 1];
      for (long[] day : cost) {
        for (int option = 0; option < day.length; option++) {
          day[option] =
              random.nextInt(4) == 0 ? LinePlanner.FORBIDDEN : random.nextInt(200) - 100;
        }
      }
      long best = bruteForce(cost);
      ShiftType[] line = planner.plan(cost).orElseThrow();
      assertTrue(feasible(line), "round " + round);
      // Equal costs: below FORBIDDEN, the line takes no forbidden option; above, none could avoid one.
      assertEquals(best, cost(cost, line), "round " + round);
      allowedRounds += best < LinePlanner.FORBIDDEN ? 1 : 0;
    }
    assertTrue(allowedRounds > 0, "some rounds must have an allowed line");
  }

  @Test
  void findsNoLineForAContractThatCannotBeMet() {
    Employee impossible =
        new Employee("C", 0, Map.of("E", 3, "L", 0), 4000, 3360, 5, 2, 2, 1, Set.of());
    LinePlanner planner = new LinePlanner(impossible, 14, TYPES);
    assertEquals(Optional.empty(), planner.plan(new long[14][TYPES.size() + 1]));
  }
}
