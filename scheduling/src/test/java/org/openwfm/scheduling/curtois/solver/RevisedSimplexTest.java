package org.openwfm.scheduling.curtois.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RevisedSimplexTest {

  /**
   * max 3x + 2y s.t. x + y <= 4, x + 3y <= 7, x <= 3 (as a minimisation with slacks): optimum x =
   * 3, y = 1, objective -11; duals -2, 0, -1 (rows 1 and 3 bind).
   */
  @Test
  void solvesASmallLpToItsKnownOptimumAndDuals() {
    RevisedSimplex lp = new RevisedSimplex(new double[] {4, 7, 3});
    int x = lp.addColumn(-3, new int[] {0, 1, 2}, new double[] {1, 1, 1});
    int y = lp.addColumn(-2, new int[] {0, 1}, new double[] {1, 3});
    int s0 = lp.addColumn(0, new int[] {0}, new double[] {1});
    int s1 = lp.addColumn(0, new int[] {1}, new double[] {1});
    int s2 = lp.addColumn(0, new int[] {2}, new double[] {1});
    lp.start(new int[] {s0, s1, s2});

    assertEquals(RevisedSimplex.Status.OPTIMAL, lp.solve(100));

    assertEquals(-11, lp.objective(), 1e-9);
    double[] primal = lp.primal();
    assertEquals(3, primal[x], 1e-9);
    assertEquals(1, primal[y], 1e-9);
    assertEquals(1, primal[s1], 1e-9);
    assertArrayEquals(new double[] {-2, 0, -1}, lp.duals(), 1e-9);
  }

  @Test
  void continuesFromItsBasisWhenAColumnIsAdded() {
    // min 10u + 5a (+ 4b later) s.t. u + a (+ b) = 1, started from the costly u: adding b
    // afterwards must lower the objective from 5 to 4.
    RevisedSimplex lp = new RevisedSimplex(new double[] {1});
    int u = lp.addColumn(10, new int[] {0}, new double[] {1});
    lp.addColumn(5, new int[] {0}, new double[] {1});
    lp.start(new int[] {u});
    lp.solve(10);
    assertEquals(5, lp.objective(), 1e-9);
    assertEquals(5, lp.duals()[0], 1e-9);

    int b = lp.addColumn(4, new int[] {0}, new double[] {1});
    assertEquals(-1, lp.reducedCost(b, lp.duals()), 1e-9);
    lp.solve(10);

    assertEquals(4, lp.objective(), 1e-9);
    assertEquals(1, lp.primal()[b], 1e-9);
  }

  /**
   * A random LP larger than one pricing block, solved in several rounds of added columns (so that
   * partial pricing, the per-pivot dual update and refactorisation all take part), certified at
   * the end by LP duality: the primal is feasible, no column has a negative reduced cost and the
   * primal and dual objectives agree.
   */
  @Test
  void solvesALargeRandomLpToAProvenOptimum() {
    Random random = new Random(11);
    int rows = 60;
    double[] rhs = new double[rows];
    for (int r = 0; r < rows; r++) {
      rhs[r] = 1 + random.nextInt(5);
    }
    RevisedSimplex lp = new RevisedSimplex(rhs);
    List<int[]> columnRows = new ArrayList<>();
    List<double[]> columnEntries = new ArrayList<>();
    List<Double> costs = new ArrayList<>();
    int[] basis = new int[rows];
    for (int r = 0; r < rows; r++) {
      // Costly identity columns make the first basis feasible.
      basis[r] = lp.addColumn(10_000, new int[] {r}, new double[] {1});
      columnRows.add(new int[] {r});
      columnEntries.add(new double[] {1});
      costs.add(10_000.0);
    }
    lp.start(basis);
    for (int round = 0; round < 5; round++) {
      for (int j = 0; j < 400; j++) {
        int[] at = random.ints(0, rows).distinct().limit(3 + random.nextInt(4)).sorted().toArray();
        double[] ones = new double[at.length];
        java.util.Arrays.fill(ones, 1);
        double cost = 1 + random.nextInt(100);
        lp.addColumn(cost, at, ones);
        columnRows.add(at);
        columnEntries.add(ones);
        costs.add(cost);
      }
      assertEquals(RevisedSimplex.Status.OPTIMAL, lp.solve(1_000_000));
    }

    double primalObjective = assertProvenOptimal(lp, rhs, columnRows, columnEntries, costs);
    assertTrue(primalObjective < 10_000, "the random columns replace the costly ones");
  }

  /**
   * A fully degenerate LP: every right-hand side is 0 and every entry positive, so the only
   * feasible point is 0 and every pivot is degenerate, while the negative costs keep columns
   * entering. The solve must still end, optimal (objective 0) by duality. (A Bland's-rule fallback
   * after 50 degenerate pivots failed here: with any pivot it made the basis singular, with only
   * large pivots it cycled to the iteration limit.)
   */
  @Test
  void endsOnAFullyDegenerateLp() {
    Random random = new Random(3);
    int rows = 80;
    double[] rhs = new double[rows];
    RevisedSimplex lp = new RevisedSimplex(rhs);
    List<int[]> columnRows = new ArrayList<>();
    List<double[]> columnEntries = new ArrayList<>();
    List<Double> costs = new ArrayList<>();
    int[] basis = new int[rows];
    for (int r = 0; r < rows; r++) {
      basis[r] = lp.addColumn(10_000, new int[] {r}, new double[] {1});
      columnRows.add(new int[] {r});
      columnEntries.add(new double[] {1});
      costs.add(10_000.0);
    }
    lp.start(basis);
    for (int j = 0; j < 2_000; j++) {
      int[] at = random.ints(0, rows).distinct().limit(2 + random.nextInt(5)).sorted().toArray();
      double[] entries = random.doubles(at.length, 0.5, 2).toArray();
      double cost = random.nextInt(200) - 100;
      lp.addColumn(cost, at, entries);
      columnRows.add(at);
      columnEntries.add(entries);
      costs.add(cost);
    }

    assertEquals(RevisedSimplex.Status.OPTIMAL, lp.solve(1_000_000));

    assertEquals(0, assertProvenOptimal(lp, rhs, columnRows, columnEntries, costs), 1e-9);
  }

  /**
   * Asserts that the LP's solution is optimal by duality: the primal is feasible, no column has a
   * negative reduced cost, and the primal and dual objectives agree. Returns the objective.
   */
  private static double assertProvenOptimal(
      RevisedSimplex lp,
      double[] rhs,
      List<int[]> columnRows,
      List<double[]> columnEntries,
      List<Double> costs) {
    double[] x = lp.primal();
    double[] y = lp.duals();
    double[] lhs = new double[rhs.length];
    double primalObjective = 0;
    for (int j = 0; j < x.length; j++) {
      assertTrue(x[j] >= -1e-9);
      primalObjective += costs.get(j) * x[j];
      for (int n = 0; n < columnRows.get(j).length; n++) {
        lhs[columnRows.get(j)[n]] += columnEntries.get(j)[n] * x[j];
      }
      assertTrue(lp.reducedCost(j, y) > -1e-7, "column " + j + " prices out");
    }
    assertArrayEquals(rhs, lhs, 1e-7);
    double dualObjective = 0;
    for (int r = 0; r < rhs.length; r++) {
      dualObjective += y[r] * rhs[r];
    }
    assertEquals(primalObjective, dualObjective, 1e-6);
    assertEquals(primalObjective, lp.objective(), 1e-6);
    return primalObjective;
  }
}
