package org.openwfm.web.application.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openwfm.web.application.requirement.ShrinkageEstimate.AbsenceSpan;

class ShrinkageEstimateTest {

  // Monday 2 March to Friday 13 March 2026: ten weekdays.
  private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
  private static final LocalDate TO = LocalDate.of(2026, 3, 13);

  @Test
  void absenteeismOfTheSkilledAgentsFromHrData() {
    List<AbsenceSpan> absences = List.of(
        new AbsenceSpan(1, "SICK", LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 3)), // 2 weekdays inside
        new AbsenceSpan(2, "SICK", LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8)), // a weekend: 0
        new AbsenceSpan(2, "VACATION", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13)), // planned: 0
        new AbsenceSpan(9, "SICK", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13))); // not skilled
    ShrinkageEstimate estimate = ShrinkageEstimate.of(null, Set.of(1L, 2L), absences, FROM, TO);
    assertEquals(2.0 / 20, estimate.shrinkage(), 1e-12);
    assertTrue(estimate.source().startsWith("HR absenteeism 10.0% of 2 skilled agents"), estimate.source());
  }

  @Test
  void theOverrideWins() {
    List<AbsenceSpan> absences = List.of(new AbsenceSpan(1, "SICK", FROM, TO));
    ShrinkageEstimate estimate = ShrinkageEstimate.of(0.3, Set.of(1L), absences, FROM, TO);
    assertEquals(0.3, estimate.shrinkage());
    assertEquals("planner's override 30.0%", estimate.source());
  }

  @Test
  void defaultWithoutHrData() {
    ShrinkageEstimate estimate = ShrinkageEstimate.of(null, Set.of(1L), List.of(), FROM, TO);
    assertEquals(0.10, estimate.shrinkage());
    assertTrue(estimate.source().startsWith("default 10.0% (no HR absence records"), estimate.source());
    ShrinkageEstimate nobody =
        ShrinkageEstimate.of(null, Set.of(), List.of(new AbsenceSpan(1, "SICK", FROM, TO)), FROM, TO);
    assertEquals(0.10, nobody.shrinkage());
    assertTrue(nobody.source().contains("no agents skilled"), nobody.source());
  }
}
