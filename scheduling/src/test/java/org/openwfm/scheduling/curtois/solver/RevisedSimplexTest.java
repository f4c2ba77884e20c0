package org.openwfm.scheduling.curtois.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
