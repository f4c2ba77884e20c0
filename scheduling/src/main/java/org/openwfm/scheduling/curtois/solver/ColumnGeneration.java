package org.openwfm.scheduling.curtois.solver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.openwfm.scheduling.curtois.CoverRequirement;
import org.openwfm.scheduling.curtois.CurtoisInstance;
import org.openwfm.scheduling.curtois.Employee;
import org.openwfm.scheduling.curtois.ShiftOffRequest;
import org.openwfm.scheduling.curtois.ShiftOnRequest;
import org.openwfm.scheduling.curtois.ShiftType;

/**
 * Column generation for the set-partitioning model of the benchmark, a diving heuristic on it
 * (price and branch) that builds a first roster, and a branch and price that searches for better
 * ones.
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
 * <p>Pricing uses stabilised duals and prices the employees in parallel. The dive fixes, after
 * each LP, every employee whose line is integral and the employee with the largest fractional line,
 * and solves the LP of the others again with a few more pricing rounds, until every employee is
 * fixed (on large instances, a share of the fractional ones at a time). The branch and price
 * then starts again from the root, best bound first, with the dive's roster as the incumbent.
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

  /**
   * Instances with more employees dive without looking ahead and fix fractional lines in batches:
   * each LP costs more there, and on Instance 8 (30 employees) the dive with look-ahead did not
   * finish in 30 s and ended worse (1611 against 1405 without).
   */
  private static final int LOOK_AHEAD_MOST_EMPLOYEES = 20;

  /** Above that size, each step of the dive fixes this share of the fractional lines (1 / it). */
  private static final int DIVE_BATCH_DIVISOR = 5;

  /** Weight of the best dual point so far in the duals used for pricing. */
  private static final double SMOOTHING = 0.5;

  /** The LP is solved once it is this close to the Lagrangian bound. */
  private static final double GAP_CLOSED = 1e-6;

  /** Most pricing rounds at a node of the dive. */
  private static final int NODE_ROUNDS = 300;

  /**
   * Most pricing rounds at a node on instances of more than {@value #LOOK_AHEAD_MOST_EMPLOYEES}
   * employees: there an LP round costs far more, and a dive need not solve each LP to the end (on
   * Instance 12 at 60 s: 4280 with this cap, 4421-4515 with {@value #NODE_ROUNDS}).
   */
  private static final int LARGE_NODE_ROUNDS = 30;

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
  private final int nodeRounds;
  private final List<List<byte[]>> pool = new ArrayList<>();
  private final List<List<Integer>> poolCost = new ArrayList<>();
  private final List<Set<String>> poolKeys = new ArrayList<>();
  private double lowerBound = Double.NEGATIVE_INFINITY;
  /** The cover duals of the root LP's optimal basis: how much each cover row was worth. */
  private double[] rootDuals;

  /**
   * What the column generation, the dive and the branch and price found; {@code foundAt} is the
   * {@link System#nanoTime()} at which the roster was found.
   */
  record Outcome(ShiftType[][] roster, long objective, double lowerBound, long foundAt) {}

  ColumnGeneration(CurtoisInstance instance) {
    this.instance = instance;
    this.employees = instance.employees().size();
    this.days = instance.horizonDays();
    this.types = instance.shiftTypes().size();
    this.coverRow = new int[days][types];
    for (int[] row : coverRow) {
      Arrays.fill(row, -1);
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
    this.nodeRounds = employees > LOOK_AHEAD_MOST_EMPLOYEES ? LARGE_NODE_ROUNDS : NODE_ROUNDS;
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
   * Solves the root LP by column generation and dives to a roster until {@code handOver} says
   * so, then searches for better ones by branch and price from the root ({@link #branchAndPrice})
   * until {@code stop} says so or a roster meets the lower bound; returns the best roster. The
   * branch and price also ends at {@code handOver} if it has not completed a single plunge by
   * then: on large instances it cannot within the time, and the local search does better.
   *
   * @return empty when some employee has no feasible line at all, or time ran out before the
   *     first LP
   */
  Optional<Outcome> run(BooleanSupplier stop, BooleanSupplier handOver) {
    Node root = new Node(new byte[employees][], null, pool);
    if (!root.generate(Integer.MAX_VALUE, true, Double.POSITIVE_INFINITY, handOver)) {
      return Optional.empty();
    }
    byte[][] dived = dive(root, handOver);
    if (dived == null) {
      return Optional.empty();
    }
    // Search on from the root, over the pool the dive has grown, below the dive's roster.
    Incumbent incumbent = new Incumbent(objective(dived));
    incumbent.lines = dived;
    long target = (long) Math.ceil(lowerBound - 1e-6);
    if (incumbent.objective > target && !handOver.getAsBoolean()) {
      Node again = new Node(new byte[employees][], null, pool);
      if (again.generate(Integer.MAX_VALUE, false, incumbent.objective, handOver)) {
        branchAndPrice(again, incumbent, target, stop, handOver);
      }
    }
    byte[][] best = incumbent.lines;
    long bestObjective = incumbent.objective;
    ShiftType[][] roster = new ShiftType[employees][days];
    for (int e = 0; e < employees; e++) {
      for (int d = 0; d < days; d++) {
        roster[e][d] = best[e][d] == types ? null : instance.shiftTypes().get(best[e][d]);
      }
    }
    return Optional.of(new Outcome(roster, bestObjective, lowerBound, incumbent.foundAt));
  }

  /**
   * Dives from {@code node} (solved) to a roster: fixes every integral line, then the fractional
   * line taken most, and solves the LP of the rest again, until every employee is fixed. Once {@code stop} says so, the
   * employees left get their best lines one after the other ({@link #complete}).
   *
   * @return the line (options per day) of every employee, or null if one has none
   */
  private byte[][] dive(Node node, BooleanSupplier stop) {
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
        if (bestValue[e] > 1 - INTEGRAL) {
          fixed[e] = bestLine[e];
        } else {
          fractional.add(e);
          key[e] = bestValue[e];
        }
      }
      if (fractional.isEmpty()) {
        return fixed;
      }
      if (out) {
        return complete(fixed);
      }
      fractional.sort((x, y) -> Double.compare(key[y], key[x]));
      if (employees > LOOK_AHEAD_MOST_EMPLOYEES) {
        // Large instances: fix a batch of the most nearly integral lines at once, so that the dive
        // takes a few dozen LPs rather than one per employee.
        for (int i = 0; i < Math.max(1, fractional.size() / DIVE_BATCH_DIVISOR); i++) {
          fixed[fractional.get(i)] = bestLine[fractional.get(i)];
        }
        node = new Node(fixed, null, pool);
        if (!node.generate(nodeRounds, false, Double.POSITIVE_INFINITY, stop)) {
          return null;
        }
        continue;
      }
      // Fix the most nearly integral line; if that raises the LP much, try the next ones and keep
      // the cheapest (a small look-ahead instead of backtracking).
      Node bestChild = null;
      double bestTotal = Double.POSITIVE_INFINITY;
      int bestEmployee = -1;
      for (int i = 0; i < Math.min(LOOK_AHEAD, fractional.size()); i++) {
        int e = fractional.get(i);
        fixed[e] = bestLine[e];
        Node child = new Node(fixed, null, pool);
        if (!child.generate(nodeRounds, false, Double.POSITIVE_INFINITY, stop)) {
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

  /**
   * Gives each employee without a line, one after the other, his or her best line given the lines
   * so far: each cover row priced at what one more shift there changes (its under weight while
   * short, minus its over weight once met). A fractional LP rounded line by line is far worse.
   * An employee without any feasible line stays without one.
   */
  private byte[][] complete(byte[][] partial) {
    byte[][] lines = partial.clone();
    int[] cover = new int[coverRows];
    for (byte[] l : lines) {
      if (l != null) {
        addCover(l, cover);
      }
    }
    for (int e = 0; e < employees; e++) {
      if (lines[e] == null) {
        double[] marginal = new double[coverRows];
        for (int r = 0; r < coverRows; r++) {
          marginal[r] = cover[r] < requirement[r] ? underWeight[r] : -overWeight[r];
        }
        lines[e] = price(e, marginal);
        if (lines[e] != null) {
          addCover(lines[e], cover);
        }
      }
    }
    return lines;
  }

  private void addCover(byte[] line, int[] cover) {
    for (int d = 0; d < days; d++) {
      if (line[d] < types && coverRow[d][line[d]] >= 0) {
        cover[coverRow[d][line[d]]]++;
      }
    }
  }

  /** The best roster found by a branch and price, and its objective. */
  private static final class Incumbent {
    long objective;
    byte[][] lines;
    long foundAt = System.nanoTime();

    Incumbent(long objective) {
      this.objective = objective;
    }
  }

  /** One employee working one option on one day: what a branch decides. */
  private record Cell(int employee, int day, int option) {}

  /**
   * A node of the branch and price not yet solved: its restrictions, the lines its LP starts from
   * (its parent's) and its parent's bound.
   */
  private record OpenNode(byte[][] fixed, int[][] allowed, List<List<byte[]>> lines, double bound) {}

  /**
   * Branch and price from {@code root} (solved), best bound first with plunging: from the open node
   * of least bound, it follows the "works it" child of each branch down to a roster or a pruned
   * node, leaving the other children open, then starts again from the best open node. Records in
   * {@code incumbent} every roster better than it; stops once a roster meets {@code target} (the
   * lower bound), {@code stop} says so, or, while no plunge has ended yet, {@code handOver} does.
   *
   * <p>Branches on one employee working one option on one day (or not), the fractional assignment
   * nearest to 1. A depth-first search instead spends the time below the first wrong turn of its
   * first plunge: at 60 s it left Instance 5 at 1149 and 7 at 1059, where this finds 1143 and 1057.
   */
  private void branchAndPrice(
      Node root, Incumbent incumbent, long target, BooleanSupplier stop, BooleanSupplier handOver) {
    PriorityQueue<OpenNode> open = new PriorityQueue<>(Comparator.comparingDouble(OpenNode::bound));
    Node node = root;
    boolean plunged = false;
    while (true) {
      while (node != null) {
        if (stop.getAsBoolean()
            || incumbent.objective <= target
            || (!plunged && handOver.getAsBoolean())) {
          return;
        }
        double fixedCost = fixedCost(node.fixed);
        double bound = node.bound() + fixedCost;
        if (Math.ceil(bound - 1e-6) >= incumbent.objective) {
          break;
        }
        Cell cell = branchingCell(node);
        if (cell == null) {
          record(node, incumbent);
          break;
        }
        List<List<byte[]>> lines = node.linesByEmployee();
        open.add(new OpenNode(node.fixed, restrict(node.allowed, cell, false), lines, bound));
        Node child = new Node(node.fixed, restrict(node.allowed, cell, true), lines);
        boolean feasible = child.generate(nodeRounds, false, incumbent.objective - fixedCost, stop);
        node = feasible ? child : null;
      }
      plunged = true;
      OpenNode next;
      do {
        next = open.poll();
        if (next == null) {
          return;
        }
      } while (Math.ceil(next.bound() - 1e-6) >= incumbent.objective);
      node = new Node(next.fixed(), next.allowed(), next.lines());
      if (!node.generate(nodeRounds, false, incumbent.objective - fixedCost(next.fixed()), stop)) {
        node = null;
      }
    }
  }

  /** The fractional assignment of the node's LP nearest to 1, null when there is none. */
  private Cell branchingCell(Node node) {
    double[][][] assigned = node.assignment();
    Cell cell = null;
    double largest = 0;
    for (int e = 0; e < employees; e++) {
      if (node.fixed[e] != null) {
        continue;
      }
      for (int d = 0; d < days; d++) {
        for (int option = 0; option <= types; option++) {
          double value = assigned[e][d][option];
          if (value > INTEGRAL && value < 1 - INTEGRAL && value > largest) {
            largest = value;
            cell = new Cell(e, d, option);
          }
        }
      }
    }
    return cell;
  }

  /**
   * Records the roster of a node whose LP takes one line of every free employee in full, if it is
   * better than the incumbent.
   */
  private void record(Node node, Incumbent incumbent) {
    byte[][] lines = node.fixed.clone();
    double[] primal = node.lp.primal();
    for (int j = 0; j < node.owner.size(); j++) {
      int e = node.owner.get(j);
      if (e >= 0 && primal[j] > 1 - INTEGRAL) {
        lines[e] = node.line.get(j);
      }
    }
    for (byte[] l : lines) {
      if (l == null) {
        return;
      }
    }
    long objective = objective(lines);
    if (objective < incumbent.objective) {
      incumbent.objective = objective;
      incumbent.lines = lines;
      incumbent.foundAt = System.nanoTime();
    }
  }

  /** The options allowed per employee and day, with {@code cell} now taken or ruled out. */
  private int[][] restrict(int[][] allowed, Cell cell, boolean works) {
    int[][] restricted = new int[employees][];
    for (int e = 0; e < employees; e++) {
      restricted[e] = allowed[e] == null ? null : allowed[e].clone();
    }
    int e = cell.employee();
    if (restricted[e] == null) {
      restricted[e] = new int[days];
      Arrays.fill(restricted[e], (1 << (types + 1)) - 1);
    }
    int bit = 1 << cell.option();
    restricted[e][cell.day()] = works ? bit : restricted[e][cell.day()] & ~bit;
    return restricted;
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
    return price(employee, coverDuals, null);
  }

  /**
   * The line of least reduced cost of {@code employee} among those taking only the options
   * {@code allowed} (bit masks per day, null for all), or null when there is none.
   */
  private byte[] price(int employee, double[] coverDuals, int[] allowed) {
    long[][] cost = new long[days][types + 1];
    for (int d = 0; d < days; d++) {
      for (int option = 0; option <= types; option++) {
        if (allowed != null && (allowed[d] & (1 << option)) == 0) {
          cost[d][option] = LinePlanner.FORBIDDEN;
          continue;
        }
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
    return conforms(line, allowed) ? line : null;
  }

  private static boolean conforms(byte[] line, int[] allowed) {
    if (allowed != null) {
      for (int d = 0; d < line.length; d++) {
        if ((allowed[d] & (1 << line[d])) == 0) {
          return false;
        }
      }
    }
    return true;
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
    /** Options allowed to each free employee per day as bit masks, null for all. */
    final int[][] allowed;
    /** The best Lagrangian bound of this node's LP met while pricing. */
    double lagrangianBound = Double.NEGATIVE_INFINITY;
    final int[] convexityRow = new int[employees];
    final RevisedSimplex lp;
    /** Employee of each LP column, -1 for slack and artificial columns. */
    final List<Integer> owner = new ArrayList<>();
    final List<byte[]> line = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    final double[] rhs;
    /** Whether the last LP solve was optimal over every line, not only those of the pool. */
    boolean priced;

    /**
     * Builds the LP of the employees not {@code fixed}, restricted to the {@code allowed} options,
     * over the {@code candidates} lines, from a basis of slack and artificial columns.
     */
    Node(byte[][] fixed, int[][] allowed, List<List<byte[]>> candidates) {
      this.fixed = fixed.clone();
      this.allowed = allowed == null ? new int[employees][] : allowed;
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
          for (byte[] l : candidates.get(e)) {
            if (conforms(l, this.allowed[e])) {
              addLine(e, l);
            }
          }
        }
      }
      lp.start(basis);
    }

    /** How much of each option each employee takes on each day in the LP's solution. */
    double[][][] assignment() {
      double[] primal = lp.primal();
      double[][][] assigned = new double[employees][days][types + 1];
      for (int j = 0; j < owner.size(); j++) {
        int e = owner.get(j);
        if (e >= 0 && primal[j] > 0) {
          for (int d = 0; d < days; d++) {
            assigned[e][d][line.get(j)[d]] += primal[j];
          }
        }
      }
      return assigned;
    }

    /** The lines of this node's LP, per employee. */
    List<List<byte[]>> linesByEmployee() {
      List<List<byte[]>> lines = new ArrayList<>();
      for (int e = 0; e < employees; e++) {
        lines.add(new ArrayList<>());
      }
      for (int j = 0; j < owner.size(); j++) {
        if (owner.get(j) >= 0) {
          lines.get(owner.get(j)).add(line.get(j));
        }
      }
      return lines;
    }

    /** A lower bound on this node's LP value (without the fixed lines' costs). */
    double bound() {
      return priced ? Math.max(lp.objective(), lagrangianBound) : lagrangianBound;
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

    /** Adds a line of {@code employee} to this LP unless it is there; returns whether it was new. */
    private boolean addLine(int employee, byte[] l) {
      if (!keys.add(employee + ":" + new String(l, StandardCharsets.ISO_8859_1))) {
        return false;
      }
      int[] rows = new int[days + 1];
      int n = 0;
      for (int d = 0; d < days; d++) {
        int option = l[d];
        if (option < types && coverRow[d][option] >= 0) {
          rows[n++] = coverRow[d][option];
        }
      }
      rows[n++] = convexityRow[employee];
      rows = Arrays.copyOf(rows, n);
      double[] entries = new double[n];
      Arrays.fill(entries, 1);
      add(lineCost(employee, l), rows, entries, employee, l);
      return true;
    }

    /**
     * Alternates LP solves and pricing until no line of negative reduced cost is left, the LP
     * meets the node's Lagrangian bound, {@code maxRounds} rounds were made or {@code stop} says
     * so (after at least one complete round). With {@code bound}, records the Lagrangian lower
     * bound of each round.
     *
     * <p>Pricing uses smoothed duals (Wentges): a mix of the LP's duals and the duals that gave
     * the best Lagrangian bound so far. The LP's own duals swing from round to round; the mix
     * keeps pricing near a good dual point and so needs far fewer rounds. A round in which the mix
     * finds no line that the LP can use is repeated with the LP's own duals, so the last round
     * always proves that no column is missing.
     *
     * @return false when an employee has no feasible line
     */
    boolean generate(int maxRounds, boolean bound, double target, BooleanSupplier stop) {
      double[] center = bound ? null : dualGuess();
      double centerBound = Double.NEGATIVE_INFINITY;
      boolean exact = false;
      for (int round = 0; round < maxRounds; round++) {
        // A Lagrangian bound needs duals within the cover weights: those of an optimal basis.
        boolean optimal = lp.solve(1_000_000, stop) == RevisedSimplex.Status.OPTIMAL;
        double[] duals = lp.duals();
        double[] lpDuals = Arrays.copyOf(duals, coverRows);
        boolean smoothed = optimal && center != null && !exact;
        exact = false;
        double[] coverDuals = lpDuals;
        if (smoothed) {
          coverDuals = new double[coverRows];
          for (int r = 0; r < coverRows; r++) {
            coverDuals[r] = SMOOTHING * center[r] + (1 - SMOOTHING) * lpDuals[r];
          }
        }
        byte[][] lines = priceAll(coverDuals);
        if (lines == null) {
          return false;
        }
        double lagrangian = 0;
        for (int r = 0; r < coverRows; r++) {
          lagrangian += coverDuals[r] * rhs[r];
        }
        boolean added = false;
        for (int e = 0; e < employees; e++) {
          if (fixed[e] != null) {
            continue;
          }
          lagrangian += reducedCostBeforeConvexity(e, lines[e], coverDuals);
          double reduced =
              reducedCostBeforeConvexity(e, lines[e], lpDuals) - duals[convexityRow[e]];
          if (reduced < NEGATIVE && addLine(e, lines[e])) {
            addToPool(e, lines[e]);
            added = true;
          }
        }
        if (optimal && lagrangian > centerBound) {
          center = coverDuals;
          centerBound = lagrangian;
          lagrangianBound = lagrangian;
          if (bound) {
            lowerBound = Math.max(lowerBound, lagrangian);
          }
        }
        if (!added && smoothed) {
          // Mispricing: the mix found nothing for the LP; the next round prices at the LP's duals.
          exact = true;
          continue;
        }
        // Below the root only whole units of the objective matter: stop once the bound shows that
        // the node cannot reach the target, or that more rounds cannot raise it by a unit.
        boolean closed = optimal && lp.objective() - centerBound < GAP_CLOSED;
        boolean settled =
            optimal
                && !bound
                && Math.ceil(centerBound - 1e-6)
                    >= Math.min(target, Math.ceil(lp.objective() - 1e-6));
        if (!added || closed || settled) {
          priced = optimal && (!added || closed);
          if (bound) {
            rootDuals = Arrays.copyOf(duals, coverRows);
          }
          return true;
        }
        if (stop.getAsBoolean()) {
          lp.solve(1_000_000, stop);
          return true;
        }
      }
      lp.solve(1_000_000, stop);
      return true;
    }

    /**
     * A first guess of the cover duals of this node: a row that the free employees cannot all
     * reach is short whatever they do (worth its under weight), a row that the fixed lines already
     * over-cover costs its over weight for every further shift, and the others lie between.
     */
    private double[] dualGuess() {
      int free = left();
      double[] guess = new double[coverRows];
      for (int r = 0; r < coverRows; r++) {
        if (rhs[r] >= free) {
          guess[r] = underWeight[r];
        } else if (rhs[r] <= 0) {
          guess[r] = -overWeight[r];
        } else {
          guess[r] = rootDuals == null ? 0 : Math.max(-overWeight[r], Math.min(underWeight[r], rootDuals[r]));
        }
      }
      return guess;
    }

    /** The line of least reduced cost of each free employee, or null if one has none. */
    private byte[][] priceAll(double[] coverDuals) {
      byte[][] lines = new byte[employees][];
      // Each employee's dynamic programme is independent of the others': one per core.
      IntStream.range(0, employees)
          .parallel()
          .filter(e -> fixed[e] == null)
          .forEach(e -> lines[e] = price(e, coverDuals, allowed[e]));
      for (int e = 0; e < employees; e++) {
        if (fixed[e] == null && lines[e] == null) {
          return null;
        }
      }
      return lines;
    }
  }
}
