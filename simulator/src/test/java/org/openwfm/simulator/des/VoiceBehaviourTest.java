package org.openwfm.simulator.des;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openwfm.simulator.des.Cases.total;

import org.junit.jupiter.api.Test;

/** IVR, bot, balking, retrials, callbacks, repeats and the busyness factor. */
class VoiceBehaviourTest {

  @Test
  void ivrAndBotTakeTheirSharesBeforeTheQueue() {
    // 100,000 arrivals; IVR 30%, then bot 50% of the rest (35%): 35% reach the queue.
    ReplicationResult r =
        Cases.run(
            """
            {"intervalsPerDay": 1, "intervalMinutes": 600,
             "queues": [{"id": "A", "arrivals": [100000], "ivrSelfServiceShare": 0.3,
               "botDeflectionShare": 0.5,
               "handleTime": {"distribution": "constant", "value": 1},
               "serviceLevelThresholdSeconds": 20}],
             "agentGroups": [{"id": "g", "skills": [{"queue": "A"}], "agentsPerInterval": [10]}]}
            """);
    double arrivals = total(r, 0, QueueCounter.ARRIVALS);
    assertEquals(0.30, total(r, 0, QueueCounter.SELF_SERVED) / arrivals, 0.006);
    assertEquals(0.35, total(r, 0, QueueCounter.DEFLECTED) / arrivals, 0.006);
    assertEquals(0.35, total(r, 0, QueueCounter.OFFERED) / arrivals, 0.006);
    assertEquals(
        arrivals,
        total(r, 0, QueueCounter.SELF_SERVED)
            + total(r, 0, QueueCounter.DEFLECTED)
            + total(r, 0, QueueCounter.OFFERED));
  }

  @Test
  void balkingCustomerRetriesAfterTheDelay() {
    // The only agent is busy 0-100. The call at 10 balks (probability 1) and retries 200 s later
    // (210),
    // when the agent is free: a retrial counted as offered again and served at once.
    ReplicationResult r =
        Cases.run(
            """
            {"intervalsPerDay": 1, "intervalMinutes": 60,
             "queues": [{"id": "A", "arrivalTimesSeconds": [0, 10], "balkProbability": 1,
               "retrial": {"probability": 1, "delay": {"distribution": "constant", "value": 200}},
               "handleTime": {"distribution": "constant", "value": 100},
               "serviceLevelThresholdSeconds": 20}],
             "agentGroups": [{"id": "g", "skills": [{"queue": "A"}], "agentsPerInterval": [1]}]}
            """);
    assertEquals(1, total(r, 0, QueueCounter.BALKED));
    assertEquals(1, total(r, 0, QueueCounter.RETRIALS));
    assertEquals(3, total(r, 0, QueueCounter.OFFERED));
    assertEquals(2, total(r, 0, QueueCounter.SERVED));
    assertEquals(0, total(r, 0, QueueCounter.WAIT_SERVED), 1e-9);
  }

  @Test
  void callbackKeepsThePlaceInLineAndNeverAbandons() {
    // Agent busy 0-100. The call at 10 expects 2 x 100 / 1 = 200 s > 60 s: it accepts a callback,
    // so its
    // 30-s patience no longer applies; it is called back at 100 (wait 90). Without the callback
    // offer the
    // same call abandons at 40.
    String json =
        """
        {"intervalsPerDay": 1, "intervalMinutes": 60,
         "queues": [{"id": "A", "arrivalTimesSeconds": [0, 10],
           "patience": {"distribution": "constant", "value": 30},
           %s
           "handleTime": {"distribution": "constant", "value": 100},
           "serviceLevelThresholdSeconds": 20}],
         "agentGroups": [{"id": "g", "skills": [{"queue": "A"}], "agentsPerInterval": [1]}]}
        """;
    ReplicationResult callback =
        Cases.run(
            json.formatted("\"callback\": {\"thresholdSeconds\": 60, \"acceptProbability\": 1},"));
    assertEquals(1, total(callback, 0, QueueCounter.CALLBACKS));
    assertEquals(0, total(callback, 0, QueueCounter.ABANDONED));
    assertEquals(90, total(callback, 0, QueueCounter.WAIT_SERVED), 1e-9);
    ReplicationResult none = Cases.run(json.formatted(""));
    assertEquals(1, total(none, 0, QueueCounter.ABANDONED));
  }

  @Test
  void betterFirstContactResolutionLowersRepeatVolume() {
    String json =
        """
        {"intervalsPerDay": 1, "intervalMinutes": 600,
         "queues": [{"id": "A", "arrivals": [5000],
           "firstContactResolution": {"rate": %s,
             "repeatDelay": {"distribution": "exponential", "mean": 600}},
           "handleTime": {"distribution": "exponential", "mean": 60},
           "serviceLevelThresholdSeconds": 20}],
         "agentGroups": [{"id": "g", "skills": [{"queue": "A"}], "agentsPerInterval": [20]}]}
        """;
    ReplicationResult poor = Cases.run(json.formatted("0.6"));
    ReplicationResult good = Cases.run(json.formatted("0.9"));
    // Repeats are about first contacts x (1/FCR - 1): 2/3 and 1/9 of 5000, less those beyond the
    // horizon.
    double poorRepeats = total(poor, 0, QueueCounter.REPEATS);
    double goodRepeats = total(good, 0, QueueCounter.REPEATS);
    assertTrue(poorRepeats > 3000 && poorRepeats < 3400, "repeats at 60% FCR: " + poorRepeats);
    assertTrue(goodRepeats > 480 && goodRepeats < 600, "repeats at 90% FCR: " + goodRepeats);
    assertEquals(
        total(good, 0, QueueCounter.OFFERED) - goodRepeats, total(good, 0, QueueCounter.ARRIVALS));
  }

  @Test
  void busynessFactorSpreadsDailyVolumesBeyondPoisson() {
    // 200 days of 1000 expected calls: Poisson alone gives a daily standard deviation of about 32;
    // a
    // gamma factor with shape 25 (coefficient of variation 0.2) adds about 200.
    ReplicationResult r =
        Cases.run(
            """
            {"days": 200, "intervalsPerDay": 1, "intervalMinutes": 60,
             "busyness": {"distribution": "gamma", "shape": 25, "scale": 0.04},
             "queues": [{"id": "A", "arrivals": [1000],
               "handleTime": {"distribution": "constant", "value": 1},
               "serviceLevelThresholdSeconds": 20}],
             "agentGroups": [{"id": "g", "skills": [{"queue": "A"}], "agentsPerInterval": [5]}]}
            """);
    double sum = 0;
    double squares = 0;
    for (int day = 0; day < 200; day++) {
      double x = r.counter(0, day, QueueCounter.ARRIVALS);
      sum += x;
      squares += x * x;
    }
    double mean = sum / 200;
    double sd = Math.sqrt(squares / 200 - mean * mean);
    assertEquals(1000, mean, 50);
    assertTrue(sd > 150 && sd < 260, "daily standard deviation " + sd);
  }
}
