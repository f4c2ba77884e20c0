package org.openwfm.simulator.des.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TalliesTest {

  @Test
  void agreesWithTheTwoPassEstimateAndSkipsUndefinedValues() {
    double[][] rows = {{1, 10}, {2, Double.NaN}, {4, 30}, {7, 20}};
    Tallies tallies = new Tallies(2);
    for (double[] row : rows) {
      tallies.add(row);
    }
    Estimate first = Estimate.of(new double[] {1, 2, 4, 7});
    assertEquals(first.mean(), tallies.estimate(0).mean(), 1e-12);
    assertEquals(first.lower(), tallies.estimate(0).lower(), 1e-12);
    Estimate second = tallies.estimate(1);
    assertEquals(3, second.n());
    assertEquals(20, second.mean(), 1e-12);
    // sd 10 over 3 values: half-width t(2) * 10 / sqrt(3) = 4.302653 * 5.773503
    assertEquals(24.84137, second.halfWidth(), 1e-4);
  }

  @Test
  void emptyColumnIsUndefinedAndOneValueHasNoWidth() {
    Tallies tallies = new Tallies(2);
    tallies.add(new double[] {Double.NaN, 5});
    assertEquals(0, tallies.estimate(0).n());
    assertEquals(0, tallies.estimate(1).halfWidth());
    assertThrows(IllegalArgumentException.class, () -> tallies.add(new double[3]));
  }
}
