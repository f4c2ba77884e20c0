package org.openwfm.simulator.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErlangCTest {

  private static final double HALF_HOUR = 1800;

  static void assertRelative(double expected, double actual, double tolerance, String what) {
    double error = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
    assertTrue(
        error <= tolerance,
        what + ": expected " + expected + " got " + actual + " (relative error " + error + ")");
  }

  @Test
  void reproducesEveryRowOfTheErlangCGridToOneInABillion() {
    List<Map<String, String>> rows = SharedData.rows("erlang/erlang_c_grid.csv");
    assertEquals(192, rows.size());
    for (Map<String, String> row : rows) {
      double calls = SharedData.number(row, "calls_per_30min");
      double aht = SharedData.number(row, "aht_sec");
      int agents = Integer.parseInt(row.get("agents"));
      ErlangCResult result = ErlangC.evaluate(new Workload(calls, HALF_HOUR, aht), agents, 20);
      String where = calls + " calls, " + aht + " s, " + agents + " agents";
      assertRelative(SharedData.number(row, "P_wait"), result.pWait(), 1e-9, where + " P(wait)");
      assertRelative(SharedData.number(row, "SL_20s"), result.serviceLevel(), 1e-9, where + " SL");
      assertRelative(SharedData.number(row, "ASA_sec"), result.asaSeconds(), 1e-9, where + " ASA");
      assertRelative(
          SharedData.number(row, "occupancy"), result.occupancy(), 1e-9, where + " occupancy");
      assertRelative(SharedData.number(row, "Lq"), result.meanQueueLength(), 1e-9, where + " Lq");
    }
  }

  @Test
  void reportsAnUnstableQueueWhenAgentsDoNotExceedTheTraffic() {
    ErlangCResult atLoad = ErlangC.evaluate(new Workload(100, 1800, 180), 10, 20);
    assertEquals(10.0, atLoad.trafficErlangs(), 1e-12);
    assertFalse(atLoad.stable());
    assertEquals(1.0, atLoad.pWait());
    assertEquals(0.0, atLoad.serviceLevel());
    assertEquals(Double.POSITIVE_INFINITY, atLoad.asaSeconds());
    assertEquals(Double.POSITIVE_INFINITY, atLoad.meanQueueLength());
    assertEquals(1.0, atLoad.occupancy());
    assertTrue(ErlangC.evaluate(new Workload(100, 1800, 180), 11, 20).stable());
  }

  @Test
  void blockingAtTenThousandAgentsMatchesALogSpacePoissonSum() {
    double traffic = 9876.54321;
    for (int agents : new int[] {9_000, 9_900, 10_000, 10_500}) {
      assertRelative(
          poissonBlocking(agents, traffic),
          ErlangB.blocking(agents, traffic),
          1e-11,
          "B " + agents);
    }
  }

  @Test
  void staysFiniteAndConsistentAtTenThousandAgentsWithFractionalTraffic() {
    Workload workload = new Workload(99_876.5, 1800, 180);
    ErlangCResult result = ErlangC.evaluate(workload, 10_000, 20);
    assertTrue(result.stable());
    assertTrue(result.pWait() > 0 && result.pWait() < 1, "P(wait) " + result.pWait());
    double spare = 10_000 - result.trafficErlangs();
    assertRelative(result.pWait() * 180 / spare, result.asaSeconds(), 1e-12, "ASA");
  }

  @Test
  void rejectsZeroAgentsNamingTheArgumentAndRange() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> ErlangC.evaluate(new Workload(10, 1800, 180), 0, 20));
    assertEquals("agents must be an integer >= 1, got 0", error.getMessage());
  }

  @Test
  void rejectsNegativeOfferedContacts() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new Workload(-1, 1800, 180));
    assertTrue(error.getMessage().startsWith("offered must be a finite number >= 0"));
  }

  /**
   * Independent check: the Poisson terms walked down from the last one, {@code t(k-1) = t(k) k /
   * a}, summed smallest first until they no longer matter. Blocking is {@code t(n) / sum}.
   */
  static double poissonBlocking(int servers, double traffic) {
    double term = 1;
    double sum = 1;
    for (int k = servers; k >= 1 && term > 1e-25 * sum; k--) {
      term *= k / traffic;
      sum += term;
    }
    return 1 / sum;
  }
}
