package org.openwfm.scheduling.curtois.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openwfm.scheduling.curtois.CurtoisInstance;
import org.openwfm.scheduling.curtois.CurtoisReader;
import org.openwfm.scheduling.curtois.HardViolation;
import org.openwfm.scheduling.curtois.RosterCheck;

class CurtoisSolverTest {

  private static CurtoisInstance instance(int number) {
    return CurtoisReader.read(
        Path.of(System.getProperty("wfm.sharedData", "../../shared/data"))
            .resolve("curtois-rostering")
            .resolve("Instance" + number + ".txt"));
  }

  /** A search bounded by score calculations, so that the result does not depend on the machine. */
  private static CurtoisSolver.Result solve(CurtoisInstance instance, long calculations) {
    return new CurtoisSolver(Duration.ofMinutes(5), 0)
        .withScoreCalculationLimit(calculations)
        .solve(instance);
  }

  @Test
  void reachesAFeasibleRosterOnInstance2WhoseScoreTheIndependentCheckerConfirms() {
    CurtoisSolver.Result result = solve(instance(2), 5_000);
    RosterCheck check = RosterCheck.of(result.roster());
    assertEquals(java.util.List.of(), check.hardViolations());
    assertEquals(0, result.score().hardScore());
    assertEquals(-check.objective(), result.score().softScore());
    // The column generation's bound: the best published value is 828 and no roster is below it.
    assertTrue(result.lowerBound().isPresent());
    assertTrue(result.lowerBound().getAsDouble() <= 828);
    assertTrue(result.lowerBound().getAsDouble() <= check.objective());
  }

  @Test
  void onInstance1ViolatesOnlyTheContradictoryContractAndAgreesWithTheChecker() {
    // Employee C may work 3 shifts of 480 minutes but must work 3360 minutes: no feasible roster.
    CurtoisSolver.Result result = solve(instance(1), 3_000);
    RosterCheck check = RosterCheck.of(result.roster());
    assertFalse(check.isFeasible());
    assertTrue(
        check.hardViolations().stream().map(HardViolation::employeeId).allMatch("C"::equals),
        check.hardViolations().toString());
    int hard = 0;
    for (HardViolation violation : check.hardViolations()) {
      hard +=
          violation.unit().equals("minutes")
              ? violation.amount()
              : violation.amount() * CurtoisConstraintConfiguration.HARD_PER_DAY;
    }
    assertEquals(-hard, result.score().hardScore());
    assertEquals(-check.objective(), result.score().softScore());
  }
}
