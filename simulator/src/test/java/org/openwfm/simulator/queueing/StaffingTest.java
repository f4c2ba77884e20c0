package org.openwfm.simulator.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffingTest {

  private static final StaffingTargets EIGHTY_TWENTY = StaffingTargets.serviceLevel(0.8, 20);

  @Test
  void reproducesTheMinimalAgentsForEightyInTwentyOfTheSharedTable() {
    List<Map<String, String>> rows = SharedData.rows("erlang/erlang_c_staffing_80_20.csv");
    assertEquals(84, rows.size());
    for (Map<String, String> row : rows) {
      double calls = SharedData.number(row, "calls_per_30min");
      double aht = SharedData.number(row, "aht_sec");
      StaffingResult result =
          Staffing.requirement(
              new Workload(calls, 1800, aht),
              QueueingModel.erlangC(),
              Concurrency.NONE,
              EIGHTY_TWENTY);
      String where = calls + " calls, " + aht + " s";
      assertEquals(
          Integer.parseInt(row.get("min_agents_SL80_20s")), result.requiredAgents(), where);
      QueueMetrics metrics = result.metrics();
      ErlangCTest.assertRelative(
          SharedData.number(row, "SL_at_min"),
          metrics.serviceLevel(ServiceLevelDefinition.OFFERED),
          1e-9,
          where + " SL");
      ErlangCTest.assertRelative(
          SharedData.number(row, "P_wait_at_min"), metrics.pWait(), 1e-9, where + " P(wait)");
      ErlangCTest.assertRelative(
          SharedData.number(row, "ASA_sec_at_min"), metrics.asaSeconds(), 1e-9, where + " ASA");
    }
  }

  @Test
  void findsTheLeastAgentsMeetingEveryTargetAtOnce() {
    Workload workload = new Workload(400, 1800, 240);
    StaffingTargets targets =
        EIGHTY_TWENTY
            .withMaxAsaSeconds(5)
            .withMaxOccupancy(0.85)
            .withSlDefinition(ServiceLevelDefinition.OFFERED);
    StaffingResult result =
        Staffing.requirement(workload, QueueingModel.erlangC(), Concurrency.NONE, targets);
    int n = result.requiredAgents();
    assertTrue(targets.isMetBy(ErlangC.evaluate(workload, n, 20)));
    assertFalse(targets.isMetBy(ErlangC.evaluate(workload, n - 1, 20)));
    assertTrue(result.requiredFractional() > n - 1 && result.requiredFractional() <= n);
  }

  @Test
  void occupancyAloneGivesTheExactFractionalRequirement() {
    Workload workload = new Workload(300, 1800, 300); // 50 erlangs
    StaffingResult result =
        Staffing.requirement(
            workload,
            QueueingModel.erlangC(),
            Concurrency.NONE,
            StaffingTargets.none().withMaxOccupancy(0.8));
    assertEquals(62.5, result.requiredFractional(), 1e-12);
    assertEquals(63, result.requiredAgents());
  }

  @Test
  void staffsErlangAToAMaximumAbandonment() {
    Workload workload = new Workload(252, 3600, 120); // 8.4 erlangs
    StaffingTargets targets = StaffingTargets.none().withMaxAbandon(0.03);
    StaffingResult result =
        Staffing.requirement(workload, QueueingModel.erlangA(60), Concurrency.NONE, targets);
    // 12 agents give P(abandon) 0.029679 (published case), 11 give more than 3%.
    assertEquals(12, result.requiredAgents());
    assertTrue(ErlangA.evaluate(workload, 60, 11, 20).pAbandon() > 0.03);
  }

  @Test
  void staffsErlangAToTheAnsweredServiceLevelEvenWhenOverloadedBelow() {
    Workload workload = new Workload(10_000, 3600, 360); // 1000 erlangs
    StaffingTargets targets =
        StaffingTargets.serviceLevel(0.9, 30).withSlDefinition(ServiceLevelDefinition.ANSWERED);
    StaffingResult result =
        Staffing.requirement(workload, QueueingModel.erlangA(120), Concurrency.NONE, targets);
    int n = result.requiredAgents();
    assertTrue(ErlangA.evaluate(workload, 120, n, 30).serviceLevelAnswered() >= 0.9);
    assertTrue(ErlangA.evaluate(workload, 120, n - 1, 30).serviceLevelAnswered() < 0.9);
  }

  @Test
  void chatConcurrencyDividesSlotsAmongAgentsWithSlowerSessions() {
    Workload chats = new Workload(300, 1800, 600);
    Concurrency three = new Concurrency(3, 0.25);
    StaffingResult result =
        Staffing.requirement(chats, QueueingModel.erlangC(), three, EIGHTY_TWENTY);
    // Sessions last 600 * (1 + 0.25 * 2) = 900 s: 150 erlangs of slots.
    Workload sessions = chats.withAhtSeconds(900);
    StaffingResult slots =
        Staffing.requirement(sessions, QueueingModel.erlangC(), Concurrency.NONE, EIGHTY_TWENTY);
    assertEquals((slots.requiredAgents() + 2) / 3, result.requiredAgents());
    assertEquals(3 * result.requiredAgents(), result.metrics().agents());
    assertEquals(slots.requiredFractional() / 3, result.requiredFractional(), 1e-12);
  }

  @Test
  void shrinkageGrossesRequiredUpToScheduledAgents() {
    Shrinkage shrinkage = new Shrinkage(0.08, 0.05, 0.10, 0.02);
    assertEquals(0.25, shrinkage.total(), 1e-15);
    StaffingResult result =
        new StaffingResult(14.4, 15, ErlangC.evaluate(new Workload(1, 1, 1), 2, 1));
    assertEquals(19.2, result.scheduledFractional(shrinkage), 1e-12);
    assertEquals(20, result.scheduledAgents(shrinkage));
    assertEquals(10, Shrinkage.DEFAULT.scheduledAgents(9));
    assertEquals(0.10, Shrinkage.DEFAULT.absenteeism());
  }

  @Test
  void minimumStaffingWinsOverASmallRequirementAndAppliesWithoutContacts() {
    StaffingTargets targets = EIGHTY_TWENTY.withMinAgents(3);
    StaffingResult quiet =
        Staffing.requirement(
            new Workload(1, 1800, 180), QueueingModel.erlangC(), Concurrency.NONE, targets);
    assertEquals(3, quiet.requiredAgents());
    assertEquals(3.0, quiet.requiredFractional());
    StaffingResult closed =
        Staffing.requirement(
            new Workload(0, 1800, 180), QueueingModel.erlangC(), Concurrency.NONE, targets);
    assertEquals(3, closed.requiredAgents());
  }

  @Test
  void staffsTenThousandAgentQueues() {
    Workload workload = new Workload(3_000_000.0 / 15, 900, 45); // 10,000 erlangs
    StaffingResult result =
        Staffing.requirement(workload, QueueingModel.erlangC(), Concurrency.NONE, EIGHTY_TWENTY);
    assertTrue(result.requiredAgents() > 10_000 && result.requiredAgents() < 10_200);
    assertTrue(result.metrics().serviceLevel(ServiceLevelDefinition.OFFERED) >= 0.8);
  }

  @Test
  void rejectsTargetsOutsideTheirRangeNamingThem() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> StaffingTargets.serviceLevel(80, 20));
    assertEquals(
        "serviceLevel must be a fraction in (0, 1), e.g. 0.8, got 80.0", error.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Staffing.requirement(
                new Workload(1, 1800, 180),
                QueueingModel.erlangC(),
                Concurrency.NONE,
                StaffingTargets.none()));
    assertThrows(IllegalArgumentException.class, () -> new Shrinkage(0.5, 0.3, 0.2, 0));
  }

  @Test
  void erlangAStaffingEqualsAScanFromOneAgentForManyTargetCombinations() {
    List<StaffingTargets> targetSets =
        List.of(
            StaffingTargets.serviceLevel(0.8, 20),
            StaffingTargets.serviceLevel(0.9, 30).withSlDefinition(ServiceLevelDefinition.ANSWERED),
            StaffingTargets.serviceLevel(0.85, 15)
                .withSlDefinition(ServiceLevelDefinition.OFFERED_EXCLUDING_SHORT_ABANDONS),
            StaffingTargets.none().withMaxAsaSeconds(12),
            StaffingTargets.none().withMaxAbandon(0.02).withMaxOccupancy(0.9));
    double[] offered = {3, 40, 250, 900};
    double[] patience = {20, 180, 900};
    for (StaffingTargets targets : targetSets) {
      for (double volume : offered) {
        for (double meanPatience : patience) {
          Workload workload = new Workload(volume, 900, 240);
          StaffingResult result =
              Staffing.requirement(
                  workload, QueueingModel.erlangA(meanPatience), Concurrency.NONE, targets);
          int scanned = 1;
          while (!targets.isMetBy(
              ErlangA.evaluate(workload, meanPatience, scanned, targets.slSeconds()))) {
            scanned++;
          }
          assertEquals(
              scanned,
              result.requiredAgents(),
              volume + " contacts, patience " + meanPatience + ", " + targets);
          assertTrue(result.requiredFractional() > scanned - 1);
          assertTrue(result.requiredFractional() <= scanned);
        }
      }
    }
  }
}
