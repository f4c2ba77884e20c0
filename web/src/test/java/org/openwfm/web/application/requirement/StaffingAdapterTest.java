package org.openwfm.web.application.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.simulator.queueing.Concurrency;
import org.openwfm.simulator.queueing.QueueingModel;
import org.openwfm.simulator.queueing.Staffing;
import org.openwfm.simulator.queueing.StaffingResult;
import org.openwfm.simulator.queueing.StaffingTargets;
import org.openwfm.simulator.queueing.Workload;

class StaffingAdapterTest {

  private static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 7, 9, 0);

  private static QueueTargets targets(String channel, double sl, int threshold, Double asa, Double abandon,
      Double occupancy, Double patience, Integer concurrency, Integer deadline) {
    return new QueueTargets("q-" + channel.toLowerCase(), "Queue", channel, "Europe/Tallinn", sl, threshold, asa,
        abandon, occupancy, patience, concurrency, deadline, null, 0, 0);
  }

  private static QueueTargets voice() {
    return targets("VOICE", 0.8, 20, null, null, null, null, null, null);
  }

  @Test
  void voiceWithoutPatienceIsErlangCToTheServiceLevel() {
    StaffingAdapter.QueueModel model = StaffingAdapter.model(voice());
    assertEquals("erlang-c", model.name());
    assertEquals(QueueingModel.erlangC(), model.model());
    assertEquals(0.8, model.targets().serviceLevel().getAsDouble());
    assertEquals(20, model.targets().slSeconds());
    assertTrue(model.deferred().isEmpty());
  }

  @Test
  void patienceMakesItErlangAWithTheAbandonmentTarget() {
    StaffingAdapter.QueueModel model =
        StaffingAdapter.model(targets("VOICE", 0.8, 20, 30.0, 0.05, 0.9, 120.0, null, null));
    assertEquals("erlang-a", model.name());
    assertEquals(QueueingModel.erlangA(120), model.model());
    assertEquals(0.05, model.targets().maxAbandon().getAsDouble());
    assertEquals(30, model.targets().maxAsaSeconds().getAsDouble());
    assertEquals(0.9, model.targets().maxOccupancy().getAsDouble());
  }

  @Test
  void chatCarriesItsConcurrencyAndEmailItsDeadline() {
    assertEquals(new Concurrency(3, 0),
        StaffingAdapter.model(targets("CHAT", 0.8, 60, null, null, null, null, 3, null)).concurrency());
    StaffingAdapter.QueueModel email =
        StaffingAdapter.model(targets("EMAIL", 0.9, 28_800, null, null, null, null, null, 240));
    assertEquals("deferred", email.name());
    assertEquals(240 * 60.0, email.deferred().get().deadlineSeconds());
    assertEquals(0.9, email.deferred().get().targetFraction());
    StaffingAdapter.QueueModel byThreshold =
        StaffingAdapter.model(targets("EMAIL", 0.9, 28_800, null, null, null, null, null, null));
    assertEquals(28_800, byThreshold.deferred().get().deadlineSeconds());
  }

  @Test
  void rowsAreTheEngineAnswerPerIntervalGrossedUpForShrinkage() {
    List<ForecastPoint> forecast = List.of(
        new ForecastPoint(NINE.plusMinutes(15), 15, 60, 240),
        new ForecastPoint(NINE, 15, 40, 180),
        new ForecastPoint(NINE.plusMinutes(30), 15, 0, 0));
    List<RequirementPoint> rows = StaffingAdapter.requirement(voice(), forecast, 0.2);
    assertEquals(List.of(NINE, NINE.plusMinutes(15), NINE.plusMinutes(30)),
        rows.stream().map(RequirementPoint::start).toList());
    StaffingResult expected = Staffing.requirement(new Workload(40, 900, 180), QueueingModel.erlangC(),
        Concurrency.NONE, StaffingTargets.serviceLevel(0.8, 20));
    RequirementPoint first = rows.get(0);
    assertEquals(expected.requiredAgents(), first.agents());
    assertEquals(expected.requiredAgents() / 0.8, first.agentsGross(), 1e-12);
    assertEquals(expected.metrics().serviceLevel(StaffingTargets.serviceLevel(0.8, 20).slDefinition()),
        first.serviceLevel(), 1e-12);
    assertTrue(first.serviceLevel() >= 0.8);
    assertEquals(0.0, first.abandonRate());
    assertTrue(rows.get(1).agents() > first.agents(), "more work needs more agents");
    RequirementPoint closed = rows.get(2);
    assertEquals(0, closed.agents());
    assertNull(closed.serviceLevel());
    assertNull(closed.occupancy());
  }

  @Test
  void abandonmentAndConcurrencyLowerTheRequirement() {
    List<ForecastPoint> busy = List.of(new ForecastPoint(NINE, 30, 300, 300));
    int erlangC = StaffingAdapter.requirement(voice(), busy, 0).get(0).agents();
    RequirementPoint erlangA = StaffingAdapter.requirement(
        targets("VOICE", 0.8, 20, null, null, null, 60.0, null, null), busy, 0).get(0);
    assertTrue(erlangA.agents() <= erlangC, erlangA.agents() + " vs " + erlangC);
    assertTrue(erlangA.abandonRate() > 0);
    int chatAlone = StaffingAdapter.requirement(targets("CHAT", 0.8, 20, null, null, null, null, 1, null), busy, 0)
        .get(0).agents();
    int chatThree = StaffingAdapter.requirement(targets("CHAT", 0.8, 20, null, null, null, null, 3, null), busy, 0)
        .get(0).agents();
    assertEquals(erlangC, chatAlone);
    assertTrue(chatThree * 2 < chatAlone, chatThree + " with three sessions vs " + chatAlone);
  }

  @Test
  void emailIsPlannedAsDeferredWorkMeetingItsDeadline() {
    List<ForecastPoint> day = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      day.add(new ForecastPoint(NINE.plusMinutes(15L * i), 15, i < 4 ? 30 : 2, 300));
    }
    List<RequirementPoint> rows =
        StaffingAdapter.requirement(targets("EMAIL", 0.9, 28_800, null, null, null, null, null, 120), day, 0.1);
    double agentSeconds = rows.stream().mapToDouble(r -> r.agents() * 900.0).sum();
    double work = day.stream().mapToDouble(p -> p.offered() * p.ahtSeconds()).sum();
    assertTrue(agentSeconds >= 0.9 * work, agentSeconds + " agent-seconds for " + work + " of work");
    assertNull(rows.get(0).asaSeconds());
  }

  @Test
  void aDeadlineShorterThanAnIntervalIsRejectedNamingTheQueue() {
    List<ForecastPoint> one = List.of(new ForecastPoint(NINE, 30, 5, 300));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StaffingAdapter.requirement(
        targets("EMAIL", 0.9, 600, null, null, null, null, null, null), one, 0));
    assertTrue(e.getMessage().contains("q-email") && e.getMessage().contains("deadlineMinutes"), e.getMessage());
  }

  @Test
  void aMonthOfThirteenQueuesIsStaffedQuickly() {
    // Not a timing assertion: it prints the time so the benchmark in docs/portal.md can be rerun.
    List<ForecastPoint> month = new ArrayList<>();
    for (int d = 0; d < 28; d++) {
      for (int i = 0; i < 96; i++) {
        double shape = Math.max(0, Math.sin(Math.PI * (i - 28) / 64));
        month.add(new ForecastPoint(NINE.toLocalDate().atStartOfDay().plusDays(d).plusMinutes(15L * i), 15,
            120 * shape, 280));
      }
    }
    long start = System.nanoTime();
    int rows = 0;
    for (int q = 0; q < 13; q++) {
      QueueTargets targets = q % 3 == 0
          ? targets("VOICE", 0.8, 20, 30.0, 0.05, null, 90.0, null, null)
          : q % 3 == 1 ? targets("CHAT", 0.8, 60, null, null, 0.9, null, 2, null)
          : targets("EMAIL", 0.9, 28_800, null, null, null, null, null, null);
      rows += StaffingAdapter.requirement(targets, month, 0.1).size();
    }
    System.out.printf("staffed %d intervals in %.0f ms%n", rows, (System.nanoTime() - start) / 1e6);
    assertEquals(13 * 28 * 96, rows);
  }
}
