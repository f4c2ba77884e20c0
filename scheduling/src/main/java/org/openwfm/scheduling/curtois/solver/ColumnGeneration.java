package org.openwfm.scheduling.curtois.solver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.openwfm.scheduling.curtois.CoverRequirement;
import org.openwfm.scheduling.curtois.CurtoisInstance;
import org.openwfm.scheduling.curtois.Employee;
import org.openwfm.scheduling.curtois.ShiftOffRequest;
import org.openwfm.scheduling.curtois.ShiftOnRequest;
import org.openwfm.scheduling.curtois.ShiftType;

/**
 * Column generation for the set-partitioning model of the benchmark, and a diving heuristic on it
 * (price and branch) that builds a good roster to start the local search from.
 *
 * <p>The master problem chooses one line (a shift or a day off for every day, meeting all of the
 * employee's hard rules) per employee; the cover of each day and shift type may fall short or
 * exceed the requirement at the cover weights (slack columns). Its linear relaxation is solved over
 * a growing pool of lines by {@link RevisedSimplex}; new lines come from {@link LinePlanner}, which
 * finds each employee's line of least reduced cost exactly (request costs minus the duals of the
 * cover rows worked). The LP value plus every employee's least reduced cost is a lower bound on
 * the objective of any roster (the Lagrangian bound), so the search also learns how far it can
 * still be from optimal.
 *
 * <p>The dive fixes, after each LP, every employee whose line is integral and the employee with
 * the largest fractional line, and solves the LP of the others again with a few more pricing
 * rounds, until every employee is fixed.
 */
final class ColumnGeneration {

  /** Reduced costs are scaled by this and rounded for the planner's integer costs. */
  private static final double SCALE = 1 << 16;

  /** Cost of the artificial column of an employee: more than any line can save. */
  private static final double ARTIFICIAL_COST = 1e6;

  private static final double NEGATIVE = -1e-6;

  /** A line taken by at least this much less than 1 counts as fractional. */
  private static final double INTEGRAL = 1e-3;

  /** Fractional lines tried at each step of the dive. */
  private static final int LOOK_AHEAD = 4;

  /** Most dives made by one run. */
  private static final int MAX_DIVES = 100;

  /** Randomness of the order in which dives after the first fix fractional lines. */
  private static final double DIVE_NOISE = 0.3;

  /** Most pricing rounds at a node of the dive. */
  private static final int NODE_ROUNDS = 300;

  private final CurtoisInstance instance;
  private final int employees;
  private final int days;
  private final int types;
  private final int[][] coverRow;
  private final int coverRows;
  private final int[] requirement;
  private final int[] underWeight;
  private final int[] overWeight;
  private final int[][][] requestCost;
  private final LinePlanner[] planners;
  private final List<List<byte[]>> pool = new ArrayList<>();
  private final List<List<Integer>> poolCost = new ArrayList<>();
  private final List<Set<String>> poolKeys = new ArrayList<>();
  private double lowerBound = Double.NEGATIVE_INFINITY;
  private double rootLp = Double.NaN;
  private int pricingRounds;

  /** What the column generation and the dive found. */
  record Outcome(ShiftType[][] roster, long objective, double lowerBound, double rootLp, int lines,
      int pricingRounds) {}

  ColumnGeneration(CurtoisInstance instance) {
    this.instance = instance;
    this.employees = instance.employees().size();
    this.days = instance.horizonDays();
    this.types = instance.shiftTypes().size();
    this.coverRow = new int[days][types];
    for (int[] row : coverRow) {
      java.util.Arrays.fill(row, -1);
    }
    List<CoverRequirement> covers = instance.coverRequirements();
    int n = 0;
    for (CoverRequirement cover : covers) {
      if (cover.day() < days && coverRow[cover.day()][cover.shiftType().index()] < 0) {
        coverRow[cover.day()][cover.shiftType().index()] = n++;
      }
    }
    this.coverRows = n;
    this.requirement = new int[n];
    this.underWeight = new int[n];
    this.overWeight = new int[n];
    for (CoverRequirement cover : covers) {
      if (cover.day() < days) {
        int row = coverRow[cover.day()][cover.shiftType().index()];
        requirement[row] = cover.requirement();
        underWeight[row] = cover.underWeight();
        overWeight[row] = cover.overWeight();
      }
    }
    this.requestCost = new int[employees][days][types + 1];
    for (ShiftOnRequest request : instance.shiftOnRequests()) {
      if (request.day() < days) {
        for (int option = 0; option <= types; option++) {
          if (option != request.shiftType().index()) {
            requestCost[request.employee().index()][request.day()][option] += request.weight();
          }
        }
      }
    }
    for (ShiftOffRequest request : instance.shiftOffRequests()) {
      if (request.day() < days) {
        requestCost[request.employee().index()][request.day()][request.shiftType().index()] +=
            request.weight();
      }
    }
    this.planners = new LinePlanner[employees];
    for (Employee employee : instance.employees()) {
      planners[employee.index()] = new LinePlanner(employee, days, instance.shiftTypes());
      pool.add(new ArrayList<>());
      poolCost.add(new ArrayList<>());
      poolKeys.add(new HashSet<>());
    }
  }

  /** The best lower bound on the objective found so far, minus infinity before the first. */
  double lowerBound() {
    return lowerBound;
  }

  /**
   * Solves the root LP by column generation and dives to a roster, then dives again (from the
   * root LP over the grown pool, in a randomised order) until {@code stop} says so, a roster meets
   * the lower bound or {@value #MAX_DIVES} dives were made; returns the best roster. A dive cut
   * short by {@code stop} completes the roster from its current LP.
   *
   * @return empty when some employee has no feasible line at all, or time ran out before the
   *     first LP
   */
  Optional<Outcome> run(BooleanSupplier stop) {
    Node root = new Node(new byte[employees][]);
    if (!root.generate(Integer.MAX_VALUE, true, stop)) {
      return Optional.empty();
    }
    Random random = new Random(0);
    byte[][] best = null;
    long bestObjective = Long.MAX_VALUE;
    double noise = 0;
    int dives = 0;
    while (true) {
      byte[][] fixed = dive(root, noise, random, stop);
      if (fixed == null) {
        return Optional.empty();
      }
      long objective = objective(fixed);
      if (objective < bestObjective) {
        best = fixed;
        bestObjective = objective;
      }
      if (++dives >= MAX_DIVES
          || stop.getAsBoolean()
          || bestObjective <= Math.ceil(lowerBound - 1e-6)) {
        break;
      }
      // Dive again from the root LP over the pool, now larger, in a somewhat different order.
      noise = DIVE_NOISE;
      root = new Node(new byte[employees][]);
      if (!root.generate(Integer.MAX_VALUE, true, stop)) {
        return Optional.empty();
      }
    }
    ShiftType[][] roster = new ShiftType[employees][days];
    for (int e = 0; e < employees; e++) {
      for (int d = 0; d < days; d++) {
        roster[e][d] = best[e][d] == types ? null : instance.shiftTypes().get(best[e][d]);
      }
    }
    int lines = 0;
    for (List<byte[]> list : pool) {
      lines += list.size();
    }
    return Optional.of(
        new Outcome(roster, bestObjective, lowerBound, rootLp, lines, pricingRounds));
  }

  /**
   * Dives from {@code node} (solved) to a roster: fixes every integral line, then the fractional
   * line taken most (with {@code noise}, a random amount up to it added to each value first), and
   * solves the LP of the rest again, until every employee is fixed. Once {@code stop} says so,
   * every employee left takes his or her largest line at once.
   *
   * @return the line (options per day) of every employee, or null if one has none
   */
  private byte[][] dive(Node node, double noise, Random random, BooleanSupplier stop) {
    byte[][] fixed = node.fixed.clone();
    while (true) {
      double total = node.lp.objective() + fixedCost(fixed);
      double[] primal = node.lp.primal();
      double[] bestValue = new double[employees];
      byte[][] bestLine = new byte[employees][];
      for (int j = 0; j < node.owner.size(); j++) {
        int e = node.owner.get(j);
        if (e >= 0 && primal[j] > bestValue[e]) {
          bestValue[e] = primal[j];
          bestLine[e] = node.line.get(j);
        }
      }
      boolean out = stop.getAsBoolean();
      List<Integer> fractional = new ArrayList<>();
      double[] key = new double[employees];
      for (int e = 0; e < employees; e++) {
        if (fixed[e] != null) {
          continue;
        }
        if (bestLine[e] == null) {
          // Only the artificial column: take any line of the pool (there is one after pricing).
          bestLine[e] = pool.get(e).get(0);
        }
        if (out || bestValue[e] > 1 - INTEGRAL) {
          fixed[e] = bestLine[e];
        } else {
          fractional.add(e);
          key[e] = bestValue[e] + noise * random.nextDouble();
        }
      }
      if (fractional.isEmpty()) {
        return fixed;
      }
      // Fix the most nearly integral line; if that raises the LP much, try the next ones and keep
      // the cheapest (a small look-ahead instead of backtracking).
      fractional.sort((x, y) -> Double.compare(key[y], key[x]));
      Node bestChild = null;
      double bestTotal = Double.POSITIVE_INFINITY;
      int bestEmployee = -1;
      for (int i = 0; i < Math.min(LOOK_AHEAD, fractional.size()); i++) {
        int e = fractional.get(i);
        fixed[e] = bestLine[e];
        Node child = new Node(fixed);
        if (!child.generate(NODE_ROUNDS, false, stop)) {
          return null;
        }
        fixed[e] = null;
        double childTotal = child.lp.objective() + fixedCost(fixed) + lineCost(e, bestLine[e]);
        if (childTotal < bestTotal) {
          bestTotal = childTotal;
          bestChild = child;
          bestEmployee = e;
        }
        if (childTotal <= total + 0.5 || stop.getAsBoolean()) {
          break;
        }
      }
      fixed[bestEmployee] = bestLine[bestEmployee];
      node = bestChild;
    }
  }

  /** The benchmark objective of a roster given as options per employee and day. */
  long objective(byte[][] lines) {
    long total = 0;
    int[] cover = new int[coverRows];
    for (int e = 0; e < employees; e++) {
      for (int d = 0; d < days; d++) {
        int option = lines[e][d];
        total += requestCost[e][d][option];
        if (option < types && coverRow[d][option] >= 0) {
          cover[coverRow[d][option]]++;
        }
      }
    }
    for (int r = 0; r < coverRows; r++) {
      total +=
          cover[r] < requirement[r]
              ? (long) (requirement[r] - cover[r]) * underWeight[r]
              : (long) (cover[r] - requirement[r]) * overWeight[r];
    }
    return total;
  }

  private double fixedCost(byte[][] fixed) {
    double cost = 0;
    for (int e = 0; e < employees; e++) {
      if (fixed[e] != null) {
        cost += lineCost(e, fixed[e]);
      }
    }
    return cost;
  }

  private int lineCost(int employee, byte[] line) {
    int cost = 0;
    for (int d = 0; d < days; d++) {
      cost += requestCost[employee][d][line[d]];
    }
    return cost;
  }

  /**
   * The line of least reduced cost of {@code employee} for the cover duals, or null when the
   * employee has no feasible line.
   */
  byte[] price(int employee, double[] coverDuals) {
    long[][] cost = new long[days][types + 1];
    for (int d = 0; d < days; d++) {
      for (int option = 0; option <= types; option++) {
        double c = requestCost[employee][d][option];
        if (option < types && coverRow[d][option] >= 0) {
          c -= coverDuals[coverRow[d][option]];
        }
        cost[d][option] = Math.round(c * SCALE);
      }
    }
    Optional<ShiftType[]> planned = planners[employee].plan(cost);
    if (planned.isEmpty()) {
      return null;
    }
    byte[] line = new byte[days];
    for (int d = 0; d < days; d++) {
      ShiftType shiftType = planned.get()[d];
      line[d] = (byte) (shiftType == null ? types : shiftType.index());
    }
    return line;
  }

  /** {@code requestCost(line) - sum of the duals of the cover rows it works}. */
  private double reducedCostBeforeConvexity(int employee, byte[] line, double[] coverDuals) {
    double cost = lineCost(employee, line);
    for (int d = 0; d < days; d++) {
      int option = line[d];
      if (option < types && coverRow[d][option] >= 0) {
        cost -= coverDuals[coverRow[d][option]];
      }
    }
    return cost;
  }

  /** Adds a line to the pool unless it is there already; returns whether it was new. */
  private boolean addToPool(int employee, byte[] line) {
    if (!poolKeys.get(employee).add(new String(line, StandardCharsets.ISO_8859_1))) {
      return false;
    }
    pool.get(employee).add(line);
    poolCost.get(employee).add(lineCost(employee, line));
    return true;
  }

  /** The restricted master LP with some employees fixed to a line. */
  private final class Node {
    final byte[][] fixed;
    final int[] convexityRow = new int[employees];
    final RevisedSimplex lp;
    /** Employee of each LP column, -1 for slack and artificial columns. */
    final List<Integer> owner = new ArrayList<>();
    final List<byte[]> line = new ArrayList<>();
    final double[] rhs;

    Node(byte[][] fixed) {
      this.fixed = fixed.clone();
      int rows = coverRows;
      for (int e = 0; e < employees; e++) {
        convexityRow[e] = fixed[e] == null ? rows++ : -1;
      }
      rhs = new double[rows];
      for (int r = 0; r < coverRows; r++) {
        rhs[r] = requirement[r];
      }
      for (int e = 0; e < employees; e++) {
        if (fixed[e] != null) {
          for (int d = 0; d < days; d++) {
            int option = fixed[e][d];
            if (option < types && coverRow[d][option] >= 0) {
              rhs[coverRow[d][option]]--;
            }
          }
        } else {
          rhs[convexityRow[e]] = 1;
        }
      }
      lp = new RevisedSimplex(rhs);
      int[] basis = new int[rows];
      for (int r = 0; r < coverRows; r++) {
        int under = add(underWeight[r], new int[] {r}, new double[] {1}, -1, null);
        int over = add(overWeight[r], new int[] {r}, new double[] {-1}, -1, null);
        basis[r] = rhs[r] >= 0 ? under : over;
      }
      for (int e = 0; e < employees; e++) {
        if (fixed[e] == null) {
          basis[convexityRow[e]] =
              add(ARTIFICIAL_COST, new int[] {convexityRow[e]}, new double[] {1}, -1, null);
          List<byte[]> lines = pool.get(e);
          for (byte[] l : lines) {
            addLine(e, l);
          }
        }
      }
      lp.start(basis);
    }

    int left() {
      int left = 0;
      for (byte[] l : fixed) {
        left += l == null ? 1 : 0;
      }
      return left;
    }

    private int add(double cost, int[] rows, double[] entries, int employee, byte[] l) {
      owner.add(employee);
      line.add(l);
      return lp.addColumn(cost, rows, entries);
    }

    private void addLine(int employee, byte[] l) {
      int[] rows = new int[days + 1];
      int n = 0;
      for (int d = 0; d < days; d++) {
        int option = l[d];
        if (option < types && coverRow[d][option] >= 0) {
          rows[n++] = coverRow[d][option];
        }
      }
      rows[n++] = convexityRow[employee];
      rows = java.util.Arrays.copyOf(rows, n);
      double[] entries = new double[n];
      java.util.Arrays.fill(entries, 1);
      add(lineCost(employee, l), rows, entries, employee, l);
    }

    /**
     * Alternates LP solves and pricing until no line of negative reduced cost is left, {@code
     * maxRounds} rounds were made or {@code stop} says so (after at least one complete round).
     * With {@code bound}, records the Lagrangian lower bound of each round.
     *
     * @return false when an employee has no feasible line
     */
    boolean generate(int maxRounds, boolean bound, BooleanSupplier stop) {
      for (int round = 0; round < maxRounds; round++) {
        // The Lagrangian bound needs duals within the cover weights: those of an optimal basis.
        boolean optimal = lp.solve(1_000_000) == RevisedSimplex.Status.OPTIMAL;
        double[] duals = lp.duals();
        double[] coverDuals = java.util.Arrays.copyOf(duals, coverRows);
        double lagrangian = 0;
        for (int r = 0; r < coverRows; r++) {
          lagrangian += coverDuals[r] * rhs[r];
        }
        boolean added = false;
        for (int e = 0; e < employees; e++) {
          if (fixed[e] != null) {
            continue;
          }
          byte[] l = price(e, coverDuals);
          if (l == null) {
            return false;
          }
          double reduced = reducedCostBeforeConvexity(e, l, coverDuals);
          lagrangian += reduced;
          if (reduced - duals[convexityRow[e]] < NEGATIVE && addToPool(e, l)) {
            addLine(e, l);
            added = true;
          }
        }
        pricingRounds++;
        if (bound && optimal) {
          lowerBound = Math.max(lowerBound, lagrangian);
        }
        if (!added) {
          if (bound) {
            rootLp = lp.objective();
          }
          return true;
        }
        if (stop.getAsBoolean()) {
          lp.solve(1_000_000);
          return true;
        }
      }
      lp.solve(1_000_000);
      return true;
    }
  }
}
