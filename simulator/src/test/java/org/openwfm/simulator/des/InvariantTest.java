package org.openwfm.simulator.des;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openwfm.simulator.des.Cases.total;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openwfm.simulator.des.scenario.Scenario;
import org.openwfm.simulator.des.scenario.ScenarioReader;

/**
 * Conservation laws on a busy scenario that uses every feature at once (IVR, bot, balking,
 * retrials, callbacks, patience, chat concurrency, e-mail backlog, repeats with affinity, overflow,
 * priorities, shifts with breaks, absenteeism): every contact is accounted for exactly once and no
 * group is busier than present.
 */
class InvariantTest {
  private static final String CSV =
      """
      agent,start,end,activity,location
      ann,2026-03-02T07:00+02:00,2026-03-02T11:00+02:00,SHIFT,OFFICE
      ann,2026-03-02T09:00+02:00,2026-03-02T09:15+02:00,BREAK,
      bob,2026-03-02T08:30+02:00,2026-03-02T12:00+02:00,SHIFT,HOME
      bob,2026-03-02T10:00+02:00,2026-03-02T10:30+02:00,LUNCH,
      cid,2026-03-02T08:00+02:00,2026-03-02T10:00+02:00,SHIFT,HOME
      cid,2026-03-03T08:00+02:00,2026-03-03T12:00+02:00,SHIFT,OFFICE
      """;

  private static final String JSON =
      """
      {"days": 2, "intervalsPerDay": 8, "intervalMinutes": 30,
       "busyness": {"distribution": "gamma", "shape": 20, "scale": 0.05},
       "routing": {"agentSelection": "%s", "contactSelection": "%s"},
       "queues": [
         {"id": "voice", "arrivals": [60, 90, 120, 120, 100, 80, 60, 40],
          "ivrSelfServiceShare": 0.1, "botDeflectionShare": 0.05, "balkProbability": 0.1,
          "retrial": {"probability": 0.5, "delay": {"distribution": "exponential", "mean": 300}},
          "callback": {"thresholdSeconds": 120, "acceptProbability": 0.4},
          "patience": {"distribution": "exponential", "mean": 90},
          "firstContactResolution": {"rate": 0.8,
            "repeatDelay": {"distribution": "exponential", "mean": 1800}},
          "affinitySeconds": 60, "priority": 0,
          "handleTime": {"distribution": "lognormal", "mean": 200, "standardDeviation": 150},
          "afterContactWork": {"distribution": "erlang", "phases": 2, "mean": 20},
          "serviceLevelThresholdSeconds": 20},
         {"id": "chat", "channel": "CHAT", "arrivals": [20, 30, 40, 40, 30, 20, 20, 10],
          "patience": {"distribution": "gamma", "shape": 2, "scale": 60}, "priority": 1,
          "handleTime": {"distribution": "exponential", "mean": 400},
          "serviceLevelThresholdSeconds": 60},
         {"id": "email", "channel": "EMAIL", "arrivals": [15, 15, 15, 15, 15, 15, 15, 15],
          "priority": 2,
          "handleTime": {"distribution": "empirical", "values": [120, 240, 600]},
          "serviceLevelThresholdSeconds": 7200}],
       "agentGroups": [
         {"id": "voice", "skills": [{"queue": "voice", "level": 8}], "absenteeism": 0.1,
          "agentsPerInterval": [6, 8, 10, 10, 9, 8, 6, 4]},
         {"id": "chat", "skills": [{"queue": "chat", "level": 9},
            {"queue": "voice", "level": 3, "delaySeconds": 30}],
          "maxConcurrentChats": 3, "chatSlowdown": [1, 1.2, 1.5],
          "agentsPerInterval": [2, 3, 3, 3, 3, 2, 2, 1]},
         {"id": "blend", "skills": [{"queue": "email"}, {"queue": "voice", "level": 5},
            {"queue": "chat", "level": 5, "delaySeconds": 45}], "absenteeism": 0.2}],
       "schedule": {"file": "s.csv", "start": "2026-03-02T08:00+02:00", "defaultGroup": "blend"}}
      """;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LONGEST_IDLE,OLDEST_CONTACT",
        "BEST_SKILL_LEVEL,QUEUE_PRIORITY",
        "LONGEST_IDLE,QUEUE_PRIORITY"
      })
  void everyContactIsCountedOnceAndNoGroupIsBusierThanPresent(String policies) {
    String[] p = policies.split(",");
    Scenario scenario =
        new ScenarioReader(Map.of("s.csv", CSV)::get).read(JSON.formatted(p[0], p[1]), "all");
    for (int replication = 0; replication < 5; replication++) {
      ReplicationResult r = new ContactCentreSimulation(scenario, 11, replication).run();
      for (int q = 0; q < 3; q++) {
        double offered = total(r, q, QueueCounter.OFFERED);
        assertTrue(offered > 0);
        assertEquals(
            offered,
            total(r, q, QueueCounter.SERVED)
                + total(r, q, QueueCounter.ABANDONED)
                + total(r, q, QueueCounter.BALKED)
                + total(r, q, QueueCounter.UNSERVED),
            "queue " + q + " offered = served + abandoned + balked + unserved");
        assertEquals(
            total(r, q, QueueCounter.ARRIVALS),
            total(r, q, QueueCounter.SELF_SERVED)
                + total(r, q, QueueCounter.DEFLECTED)
                + offered
                - total(r, q, QueueCounter.REPEATS)
                - total(r, q, QueueCounter.RETRIALS),
            "queue " + q + " arrivals");
        assertTrue(
            total(r, q, QueueCounter.ANSWERED_WITHIN_THRESHOLD)
                <= total(r, q, QueueCounter.SERVED));
        assertTrue(
            total(r, q, QueueCounter.ABANDONED_AFTER_THRESHOLD)
                <= total(r, q, QueueCounter.ABANDONED));
      }
      assertEquals(0, total(r, 2, QueueCounter.ABANDONED), "e-mail never abandons");
      assertTrue(total(r, 0, QueueCounter.REPEATS) > 0);
      assertTrue(total(r, 0, QueueCounter.RETRIALS) > 0);
      for (int g = 0; g < 3; g++) {
        for (int i = 0; i < r.intervals(); i++) {
          assertTrue(
              r.busy(g, i, i + 1) <= r.present(g, i, i + 1) + 1e-6,
              "group " + g + " interval " + i + " busier than present");
        }
      }
    }
  }
}
