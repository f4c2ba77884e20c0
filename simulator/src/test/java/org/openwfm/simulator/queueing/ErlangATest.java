package org.openwfm.simulator.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErlangATest {

  private static final double AHT = 300;

  /** Relative error 1e-9, with an absolute floor for values that are zero to double precision. */
  private static void assertClose(double expected, double actual, String what) {
    double error = Math.abs(actual - expected);
    assertTrue(
        error <= 1e-9 * Math.abs(expected) + 1e-15,
        what + ": expected " + expected + " got " + actual + " (difference " + error + ")");
  }

  private static Workload workload(double trafficErlangs, double ahtSeconds) {
    // One hour interval: offered contacts = traffic * 3600 / aht.
    return new Workload(trafficErlangs * 3600 / ahtSeconds, 3600, ahtSeconds);
  }

  /**
   * The published case: 8.4 erlangs, 12 agents, mean service 2 min, mean patience 1 min, threshold
   * 20 s. The published "service level with abandonment" counts answered within 20 s over offered
   * minus those abandoning within 20 s ({@link
   * ServiceLevelDefinition#OFFERED_EXCLUDING_SHORT_ABANDONS}).
   */
  @Test
  void matchesThePublishedCaseToTheDigitsGiven() {
    ErlangAResult result = ErlangA.evaluate(workload(8.4, 120), 60, 12, 20);
    assertEquals(0.029679, result.pAbandon(), 5e-7, "P(abandon)");
    assertEquals(0.974182, result.serviceLevelAnswered(), 5e-7, "answered within 20 s / answered");
    assertEquals(
        0.967872,
        result.serviceLevelExcludingShortAbandons(),
        5e-7,
        "answered within 20 s / (offered - abandoned within 20 s)");
    assertEquals(0.679225, result.occupancy(), 5e-7, "occupancy");
    // The default definition, answered within 20 s / offered, is lower than both.
    assertEquals(0.945270, result.serviceLevelOffered(), 5e-7, "answered within 20 s / offered");
  }

  @Test
  void agreesWithTheBirthDeathChainOnAGridOfLoadsPatiencesAndSizes() {
    int[] sizes = {1, 7, 60, 500, 5_000};
    double[] loadPerAgent = {0.5, 0.9, 1.0, 1.1, 1.6};
    double[] patienceOverAht = {0.1, 1, 8};
    for (int n : sizes) {
      for (double rho : loadPerAgent) {
        for (double ratio : patienceOverAht) {
          compareWithChain(rho * n, n, ratio * AHT, 20);
        }
      }
    }
  }

  @Test
  void agreesWithTheBirthDeathChainForLongThresholdsAndFractionalLoads() {
    compareWithChain(3.3, 4, 45, 120);
    compareWithChain(98.7654, 100, 600, 60);
    compareWithChain(1234.5, 1200, 90, 30);
    compareWithChain(0.05, 1, 200, 0);
  }

  @Test
  void agreesWithTheBirthDeathChainAtTenThousandAgents() {
    compareWithChain(10_500, 10_000, 180, 20);
    compareWithChain(9_876.5, 10_000, 300, 20);
    compareWithChain(10_012.25, 10_000, 30, 10);
    compareWithChain(9_990, 10_000, 3000, 30);
  }

  private static void compareWithChain(double traffic, int n, double patience, double t) {
    ErlangAResult result = ErlangA.evaluate(workload(traffic, AHT), patience, n, t);
    ErlangAChainReference.Values reference =
        ErlangAChainReference.compute(traffic, AHT, patience, n, t);
    String where = "a=" + traffic + " n=" + n + " patience=" + patience + " t=" + t;
    assertClose(reference.pWait(), result.pWait(), where + " P(wait)");
    assertClose(reference.pAbandon(), result.pAbandon(), where + " P(abandon)");
    assertClose(reference.pAbandonByFate(), result.pAbandon(), where + " P(abandon) by fate");
    assertClose(reference.answeredWithin(), result.answeredWithin(), where + " answered within t");
    assertClose(reference.abandonedWithin(), result.abandonedWithin(), where + " abandoned within");
    assertClose(reference.asaAnsweredSeconds(), result.asaSeconds(), where + " ASA");
    assertClose(reference.occupancy(), result.occupancy(), where + " occupancy");
    assertClose(reference.meanQueueLength(), result.meanQueueLength(), where + " Lq");
  }

  @Test
  void approachesErlangCWhenPatienceIsVeryLong() {
    Workload load = workload(40, 180);
    ErlangCResult c = ErlangC.evaluate(load, 43, 20);
    ErlangAResult a = ErlangA.evaluate(load, 1e9, 43, 20);
    assertEquals(c.pWait(), a.pWait(), 1e-6);
    assertEquals(c.serviceLevel(), a.serviceLevelOffered(), 1e-6);
    assertEquals(c.asaSeconds(), a.asaSeconds(), 1e-4);
  }

  @Test
  void staysFiniteWhenHeavilyOverloaded() {
    ErlangAResult result = ErlangA.evaluate(workload(20_000, 300), 600, 10_000, 20);
    assertTrue(
        result.pAbandon() > 0.49 && result.pAbandon() < 0.51, "P(abandon) " + result.pAbandon());
    assertTrue(Double.isFinite(result.asaSeconds()) && result.asaSeconds() > 0);
    assertEquals(1.0, result.pWait(), 1e-12);
  }

  @Test
  void rejectsNonPositivePatienceNamingTheArgument() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> ErlangA.evaluate(workload(5, 300), 0, 6, 20));
    assertEquals("patienceSeconds must be a finite number > 0, got 0.0", error.getMessage());
  }
}
