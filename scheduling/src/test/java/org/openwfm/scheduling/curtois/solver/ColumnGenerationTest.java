package org.openwfm.scheduling.curtois.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openwfm.scheduling.curtois.CoverRequirement;
import org.openwfm.scheduling.curtois.CurtoisInstance;
import org.openwfm.scheduling.curtois.CurtoisReader;
import org.openwfm.scheduling.curtois.Employee;
import org.openwfm.scheduling.curtois.Roster;
import org.openwfm.scheduling.curtois.RosterCheck;
import org.openwfm.scheduling.curtois.ShiftOffRequest;
import org.openwfm.scheduling.curtois.ShiftOnRequest;
import org.openwfm.scheduling.curtois.ShiftType;

class ColumnGenerationTest {

  private static final int DAYS = 7;
  private static final ShiftType EARLY = new ShiftType("E", 0, 480, Set.of());
  private static final ShiftType LATE = new ShiftType("L", 1, 480, Set.of("E"));
  private static final List<ShiftType> TYPES = List.of(EARLY, LATE);
  private static final Employee ANN =
      new Employee("A", 0, Map.of("L", 2), 2400, 1440, 4, 2, 2, 1, Set.of(3));
  private static final Employee BOB =
      new Employee("B", 1, Map.of(), 2400, 1920, 3, 1, 1, 1, Set.of());

  /** Two employees, a week, cover that cannot be met exactly, requests that pull both ways. */
  private static CurtoisInstance tiny() {
    List<CoverRequirement> covers = new ArrayList<>();
    int[][] wanted = {{1, 1}, {2, 0}, {1, 1}, {1, 1}, {0, 2}, {1, 0}, {1, 1}};
    for (int day = 0; day < DAYS; day++) {
      covers.add(new CoverRequirement(day, EARLY, wanted[day][0], 100, 1));
      covers.add(new CoverRequirement(day, LATE, wanted[day][1], 100, 1));
    }
    return new CurtoisInstance(
        "tiny",
        DAYS,
        TYPES,
        List.of(ANN, BOB),
        List.of(new ShiftOnRequest(ANN, 0, LATE, 3), new ShiftOnRequest(BOB, 6, EARLY, 2)),
        List.of(new ShiftOffRequest(BOB, 1, EARLY, 4), new ShiftOffRequest(ANN, 5, EARLY, 1)),
        covers);
  }

  /** Every line of one employee: 3^7 codes, option 2 a day off. */
  private static List<ShiftType[]> allLines() {
    List<ShiftType[]> lines = new ArrayList<>();
    int count = (int) Math.pow(3, DAYS);
    for (int code = 0; code < count; code++) {
      ShiftType[] line = new ShiftType[DAYS];
      int rest = code;
      for (int day = 0; day < DAYS; day++) {
        int option = rest % 3;
        rest /= 3;
        line[day] = option == 2 ? null : TYPES.get(option);
      }
      lines.add(line);
    }
    return lines;
  }

  private static Roster roster(CurtoisInstance instance, ShiftType[][] lines) {
    Roster roster = new Roster(instance);
    for (Employee employee : instance.employees()) {
      for (int day = 0; day < DAYS; day++) {
        ShiftType[] line = lines[employee.index()];
        roster.assign(employee, day, Optional.ofNullable(line == null ? null : line[day]));
      }
    }
    return roster;
  }

  /** The feasible lines of one employee, each checked alone by {@link RosterCheck}. */
  private static List<ShiftType[]> feasibleLines(CurtoisInstance instance, Employee employee) {
    List<ShiftType[]> feasible = new ArrayList<>();
    for (ShiftType[] line : allLines()) {
      ShiftType[][] lines = new ShiftType[instance.employees().size()][];
      lines[employee.index()] = line;
      boolean ok =
          RosterCheck.of(roster(instance, lines)).hardViolations().stream()
              .noneMatch(v -> v.employeeId().equals(employee.id()));
      if (ok) {
        feasible.add(line);
      }
    }
    return feasible;
  }

  @Test
  void pricingFindsTheLineOfLeastReducedCostThatBruteForceFinds() {
    CurtoisInstance instance = tiny();
    ColumnGeneration generation = new ColumnGeneration(instance);
    Random random = new Random(3);
    for (Employee employee : instance.employees()) {
      List<ShiftType[]> feasible = feasibleLines(instance, employee);
      for (int round = 0; round < 10; round++) {
        double[] duals = new double[DAYS * TYPES.size()];
        for (int r = 0; r < duals.length; r++) {
          duals[r] = random.nextInt(2000) / 10.0 - 50;
        }
        double best = Double.POSITIVE_INFINITY;
        for (ShiftType[] line : feasible) {
          best = Math.min(best, reducedCost(instance, employee, line, duals));
        }
        byte[] priced = generation.price(employee.index(), duals);
        ShiftType[] line = new ShiftType[DAYS];
        for (int day = 0; day < DAYS; day++) {
          line[day] = priced[day] == TYPES.size() ? null : TYPES.get(priced[day]);
        }
        assertEquals(best, reducedCost(instance, employee, line, duals), 1e-6);
      }
    }
  }

  /**
   * Unmet shift-on and met shift-off request weights of the line, minus the duals of the cover rows
   * (index day * 2 + type, the order of the cover requirements) it works.
   */
  private static double reducedCost(
      CurtoisInstance instance, Employee employee, ShiftType[] line, double[] duals) {
    double cost = 0;
    for (ShiftOnRequest request : instance.shiftOnRequests()) {
      if (request.employee() == employee && line[request.day()] != request.shiftType()) {
        cost += request.weight();
      }
    }
    for (ShiftOffRequest request : instance.shiftOffRequests()) {
      if (request.employee() == employee && line[request.day()] == request.shiftType()) {
        cost += request.weight();
      }
    }
    for (int day = 0; day < DAYS; day++) {
      if (line[day] != null) {
        cost -= duals[day * TYPES.size() + line[day].index()];
      }
    }
    return cost;
  }

  @Test
  void boundsAndBuildsARosterThatBruteForceAndTheCheckerConfirm() {
    CurtoisInstance instance = tiny();
    List<ShiftType[]> ann = feasibleLines(instance, ANN);
    List<ShiftType[]> bob = feasibleLines(instance, BOB);
    int optimum = Integer.MAX_VALUE;
    for (ShiftType[] a : ann) {
      for (ShiftType[] b : bob) {
        optimum =
            Math.min(optimum, RosterCheck.of(roster(instance, new ShiftType[][] {a, b})).objective());
      }
    }

    ColumnGeneration.Outcome outcome =
        new ColumnGeneration(instance).run(withinSeconds(30), withinSeconds(30)).orElseThrow();

    RosterCheck check = RosterCheck.of(roster(instance, outcome.roster()));
    assertTrue(check.isFeasible(), check.hardViolations().toString());
    assertEquals(check.objective(), outcome.objective());
    assertTrue(outcome.lowerBound() <= optimum + 1e-6, outcome.lowerBound() + " > " + optimum);
    assertTrue(outcome.objective() >= optimum);
    // On so small an instance the LP is tight and the dive finds the optimum.
    assertEquals(optimum, outcome.objective());
  }

  @Test
  void onInstance2ReachesTheBestPublishedValueAndABoundBelowIt() {
    CurtoisInstance instance =
        CurtoisReader.read(
            Path.of(System.getProperty("wfm.sharedData", "../../shared/data"))
                .resolve("curtois-rostering")
                .resolve("Instance2.txt"));

    ColumnGeneration.Outcome outcome =
        new ColumnGeneration(instance).run(withinSeconds(30), withinSeconds(30)).orElseThrow();

    Roster roster = new Roster(instance);
    for (Employee employee : instance.employees()) {
      for (int day = 0; day < instance.horizonDays(); day++) {
        roster.assign(
            employee, day, Optional.ofNullable(outcome.roster()[employee.index()][day]));
      }
    }
    RosterCheck check = RosterCheck.of(roster);
    assertTrue(check.isFeasible(), check.hardViolations().toString());
    assertEquals(outcome.objective(), check.objective());
    assertTrue(outcome.lowerBound() <= 828 + 1e-6);
    assertEquals(828, check.objective());
  }

  /**
   * A stop for a run: the search below stops by itself once it meets its lower bound, which it
   * does on these instances in well under a second; the deadline only keeps a regression from
   * hanging the build.
   */
  private static java.util.function.BooleanSupplier withinSeconds(int seconds) {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    return () -> System.nanoTime() > end;
  }

  @Test
  void findsNothingWhenAnEmployeeHasNoFeasibleLine() {
    Employee impossible =
        new Employee("C", 0, Map.of("E", 1, "L", 0), 4000, 3360, 5, 2, 2, 1, Set.of());
    CurtoisInstance instance =
        new CurtoisInstance(
            "impossible", DAYS, TYPES, List.of(impossible), List.of(), List.of(), List.of());
    assertEquals(
        Optional.empty(),
        new ColumnGeneration(instance).run(withinSeconds(30), withinSeconds(30)));
  }
}
