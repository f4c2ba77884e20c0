package org.openwfm.simulator.des;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openwfm.simulator.des.Cases.total;

import org.junit.jupiter.api.Test;

/** Each routing policy on a small case whose waits can be checked by hand (handle time 100 s). */
class RoutingPolicyTest {

  /**
   * Group x serves A (level 1); group y serves A (level 5) and B. A at 0 goes to y (equal idle
   * times, better level first), ends 100. A at 150: x idle since 0, y since 100. B at 160 needs y.
   */
  private static String multiSkill(String agentSelection) {
    return """
           {"intervalsPerDay": 1, "intervalMinutes": 60,
            "routing": {"agentSelection": "%s"},
            "queues": [
              {"id": "A", "arrivalTimesSeconds": [0, 150],
               "handleTime": {"distribution": "constant", "value": 100},
               "serviceLevelThresholdSeconds": 20},
              {"id": "B", "arrivalTimesSeconds": [160],
               "handleTime": {"distribution": "constant", "value": 100},
               "serviceLevelThresholdSeconds": 20}],
            "agentGroups": [
              {"id": "x", "skills": [{"queue": "A", "level": 1}], "agentsPerInterval": [1]},
              {"id": "y", "skills": [{"queue": "A", "level": 5}, {"queue": "B"}],
               "agentsPerInterval": [1]}]}
           """
        .formatted(agentSelection);
  }

  @Test
  void longestIdleAgentKeepsTheMultiSkilledAgentFreeForB() {
    // A at 150 goes to x (idle longest), so B at 160 is answered at once by y.
    ReplicationResult r = Cases.run(multiSkill("LONGEST_IDLE"));
    assertEquals(0, total(r, 1, QueueCounter.WAIT_SERVED), 1e-9);
    assertEquals(1, r.handled(0, 0, 1));
    assertEquals(2, r.handled(1, 0, 1));
    assertEquals(100, r.busy(0, 0, 1), 1e-9);
    assertEquals(200, r.busy(1, 0, 1), 1e-9);
  }

  @Test
  void bestSkillLevelFirstSendsAToTheExpertAndBWaits() {
    // A at 150 goes to y (level 5), so B at 160 waits until 250.
    ReplicationResult r = Cases.run(multiSkill("BEST_SKILL_LEVEL"));
    assertEquals(90, total(r, 1, QueueCounter.WAIT_SERVED), 1e-9);
    assertEquals(0, r.handled(0, 0, 1));
    assertEquals(3, r.handled(1, 0, 1));
    assertEquals(0, r.busy(0, 0, 1), 1e-9);
    assertEquals(300, r.busy(1, 0, 1), 1e-9);
  }

  /**
   * One agent with A (priority 0) and B (priority 1); A at 0 busy to 100; B at 10 and A at 20 wait.
   */
  private static String priorities(String contactSelection) {
    return """
           {"intervalsPerDay": 1, "intervalMinutes": 60,
            "routing": {"contactSelection": "%s"},
            "queues": [
              {"id": "A", "priority": 0, "arrivalTimesSeconds": [0, 20],
               "handleTime": {"distribution": "constant", "value": 100},
               "serviceLevelThresholdSeconds": 20},
              {"id": "B", "priority": 1, "arrivalTimesSeconds": [10],
               "handleTime": {"distribution": "constant", "value": 100},
               "serviceLevelThresholdSeconds": 20}],
            "agentGroups": [{"id": "g", "skills": [{"queue": "A"}, {"queue": "B"}],
              "agentsPerInterval": [1]}]}
           """
        .formatted(contactSelection);
  }

  @Test
  void oldestContactFirstServesTheEarlierBFirst() {
    ReplicationResult r = Cases.run(priorities("OLDEST_CONTACT"));
    assertEquals(90, total(r, 1, QueueCounter.WAIT_SERVED), 1e-9);
    assertEquals(180, total(r, 0, QueueCounter.WAIT_SERVED), 1e-9);
  }

  @Test
  void queuePrioritiesServeTheHigherPriorityQueueFirst() {
    ReplicationResult r = Cases.run(priorities("QUEUE_PRIORITY"));
    assertEquals(80, total(r, 0, QueueCounter.WAIT_SERVED), 1e-9);
    assertEquals(190, total(r, 1, QueueCounter.WAIT_SERVED), 1e-9);
  }

  @Test
  void overflowGroupTakesAContactOnlyAfterTheDelay() {
    // Primary p (1 agent), secondary s after 30 s. Calls at 0 (p), 10 (s at 40: wait 30), 50 (waits
    // until p is free at 100: wait 50), 60 (s is busy to 140, p to 200: s takes it at 140, wait
    // 80).
    ReplicationResult r =
        Cases.run(
            """
{"intervalsPerDay": 1, "intervalMinutes": 60,
 "queues": [{"id": "A", "arrivalTimesSeconds": [0, 10, 50, 60],
   "handleTime": {"distribution": "constant", "value": 100},
   "serviceLevelThresholdSeconds": 20}],
 "agentGroups": [
   {"id": "p", "skills": [{"queue": "A"}], "agentsPerInterval": [1]},
   {"id": "s", "skills": [{"queue": "A", "delaySeconds": 30}], "agentsPerInterval": [1]}]}
""");
    assertEquals(4, total(r, 0, QueueCounter.SERVED));
    assertEquals(30 + 50 + 80, total(r, 0, QueueCounter.WAIT_SERVED), 1e-9);
    assertEquals(1, total(r, 0, QueueCounter.ANSWERED_WITHIN_THRESHOLD));
  }

  @Test
  void repeatContactWaitsForItsPreviousAgent() {
    // Horizon 210 s; agents x and y (same group); every served contact comes back 30 s later, but
    // only
    // the repeat of call 1 (at 130) falls inside the horizon. Call 1 at 0 -> x (first on duty),
    // ends 100.
    // Call 2 at 105 -> y (idle since 0), ends 205. Call 3 at 110 -> x, ends 210. The repeat at 130
    // waits
    // for x although y frees first: x takes it at 210, wait 80. Without affinity y takes it at 205.
    String json =
        """
        {"intervalsPerDay": 1, "intervalMinutes": 3.5,
         "queues": [{"id": "A", "arrivalTimesSeconds": [0, 105, 110],
           "handleTime": {"distribution": "constant", "value": 100},
           "firstContactResolution": {"rate": 0, "repeatDelay":
             {"distribution": "constant", "value": 30}},
           "affinitySeconds": %s,
           "serviceLevelThresholdSeconds": 20}],
         "agentGroups": [{"id": "g", "skills": [{"queue": "A"}], "agentsPerInterval": [2]}]}
        """;
    ReplicationResult withAffinity = Cases.run(json.formatted("600"));
    ReplicationResult without = Cases.run(json.formatted("0"));
    assertEquals(1, total(withAffinity, 0, QueueCounter.REPEATS));
    assertEquals(4, total(withAffinity, 0, QueueCounter.OFFERED));
    assertEquals(80, total(withAffinity, 0, QueueCounter.WAIT_SERVED), 1e-9);
    assertEquals(75, total(without, 0, QueueCounter.WAIT_SERVED), 1e-9);
  }

  @Test
  void repeatContactStopsWaitingForItsAgentAfterTheAffinityTime() {
    // As above with 60 s of affinity: the repeat waits for x from 130 to 190, then joins the queue
    // and
    // y takes it at 205 (wait 75, counted from 130).
    ReplicationResult r =
        Cases.run(
            """
            {"intervalsPerDay": 1, "intervalMinutes": 3.5,
             "queues": [{"id": "A", "arrivalTimesSeconds": [0, 105, 110],
               "handleTime": {"distribution": "constant", "value": 100},
               "firstContactResolution": {"rate": 0, "repeatDelay":
                 {"distribution": "constant", "value": 30}},
               "affinitySeconds": 60,
               "serviceLevelThresholdSeconds": 20}],
             "agentGroups": [{"id": "g", "skills": [{"queue": "A"}], "agentsPerInterval": [2]}]}
            """);
    assertEquals(75, total(r, 0, QueueCounter.WAIT_SERVED), 1e-9);
  }
}
