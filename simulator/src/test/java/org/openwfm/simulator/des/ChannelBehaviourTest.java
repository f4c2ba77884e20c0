package org.openwfm.simulator.des;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openwfm.simulator.des.Cases.total;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.simulator.des.scenario.ScenarioReader;

/** Chat concurrency and e-mail backlog on small cases whose every time can be checked by hand. */
class ChannelBehaviourTest {

  @Test
  void chatAgentHoldsTwoSessionsWithSlowdownAndTakesTheThirdWhenASlotFrees() {
    // Handle 100 s; the second session runs 1.5 times slower. Chats at 0, 10, 20:
    // 0 -> ends 100 (one session); 10 -> ends 10 + 150 = 160 (two sessions); 20 waits (agent full)
    // until the first session ends at 100, then runs 100 -> 250 as a second session. Waits 0, 0,
    // 80.
    ReplicationResult r =
        Cases.run(
            """
            {"intervalsPerDay": 1, "intervalMinutes": 60,
             "queues": [{"id": "chat", "channel": "CHAT", "arrivalTimesSeconds": [0, 10, 20],
               "handleTime": {"distribution": "constant", "value": 100},
               "serviceLevelThresholdSeconds": 30}],
             "agentGroups": [{"id": "g", "skills": [{"queue": "chat"}], "maxConcurrentChats": 2,
               "chatSlowdown": [1, 1.5], "agentsPerInterval": [1]}]}
            """);
    assertEquals(3, total(r, 0, QueueCounter.SERVED));
    assertEquals(80, total(r, 0, QueueCounter.WAIT_SERVED), 1e-9);
    assertEquals(2, total(r, 0, QueueCounter.ANSWERED_WITHIN_THRESHOLD));
    assertEquals(250, r.busy(0, 0, 1), 1e-9);
    assertEquals(3600, r.present(0, 0, 1), 1e-9);
  }

  @Test
  void chatWithOneSessionPerAgentQueuesLikeVoice() {
    // Same arrivals with k = 1: 0 -> 100, 10 waits to 100 -> 200, 20 waits to 200 -> 300.
    ReplicationResult r =
        Cases.run(
            """
            {"intervalsPerDay": 1, "intervalMinutes": 60,
             "queues": [{"id": "chat", "channel": "CHAT", "arrivalTimesSeconds": [0, 10, 20],
               "handleTime": {"distribution": "constant", "value": 100},
               "serviceLevelThresholdSeconds": 30}],
             "agentGroups": [{"id": "g", "skills": [{"queue": "chat"}], "agentsPerInterval": [1]}]}
            """);
    assertEquals(90 + 180, total(r, 0, QueueCounter.WAIT_SERVED), 1e-9);
    assertEquals(300, r.busy(0, 0, 1), 1e-9);
  }

  @Test
  void chatPatienceRunsOutWhileAllSlotsAreTaken() {
    // k = 2, no slowdown, handle 100: chats at 0 and 5 fill the agent; the chat at 10 has a
    // constant
    // patience of 30 s and abandons at 40, before a slot frees at 100.
    ReplicationResult r =
        Cases.run(
            """
            {"intervalsPerDay": 1, "intervalMinutes": 60,
             "queues": [{"id": "chat", "channel": "CHAT", "arrivalTimesSeconds": [0, 5, 10],
               "handleTime": {"distribution": "constant", "value": 100},
               "patience": {"distribution": "constant", "value": 30},
               "serviceLevelThresholdSeconds": 20}],
             "agentGroups": [{"id": "g", "skills": [{"queue": "chat"}], "maxConcurrentChats": 2,
               "agentsPerInterval": [1]}]}
            """);
    assertEquals(2, total(r, 0, QueueCounter.SERVED));
    assertEquals(1, total(r, 0, QueueCounter.ABANDONED));
    assertEquals(1, total(r, 0, QueueCounter.ABANDONED_AFTER_THRESHOLD));
    assertEquals(30, total(r, 0, QueueCounter.WAIT_ABANDONED), 1e-9);
  }

  @Test
  void emailIsWorkedOnlyWhenNoVoiceCallWaits() {
    // One agent with voice and e-mail. E-mail at 0 (300 s) starts at once; a call at 100 and an
    // e-mail
    // at 150 wait. At 300 the call goes first (wait 200, 60 s long), then the e-mail at 360 (wait
    // 210).
    ReplicationResult r =
        Cases.run(
            """
            {"intervalsPerDay": 1, "intervalMinutes": 60,
             "queues": [
               {"id": "voice", "channel": "VOICE", "arrivalTimesSeconds": [100],
                "handleTime": {"distribution": "constant", "value": 60},
                "serviceLevelThresholdSeconds": 20},
               {"id": "email", "channel": "EMAIL", "arrivalTimesSeconds": [0, 150],
                "handleTime": {"distribution": "constant", "value": 300},
                "serviceLevelThresholdSeconds": 86400}],
             "agentGroups": [{"id": "g", "skills": [{"queue": "voice"}, {"queue": "email"}],
               "agentsPerInterval": [1]}]}
            """);
    assertEquals(200, total(r, 0, QueueCounter.WAIT_SERVED), 1e-9);
    assertEquals(2, total(r, 1, QueueCounter.SERVED));
    assertEquals(210, total(r, 1, QueueCounter.WAIT_SERVED), 1e-9);
    assertEquals(660, r.busy(0, 0, 1), 1e-9);
  }

  @Test
  void emailBacklogCarriesOverToTheNextDay() {
    // Two days of two 1-hour intervals; the agent works only the first interval of each day.
    // E-mails
    // arriving in the unstaffed hour (at 4000 and 5000 s) wait into day 2 (starts at 7200 s), where
    // they
    // are answered at 7200 and 7500: waits 3200 and 2500, both within the 4-hour deadline.
    ReplicationResult r =
        Cases.run(
            """
{"days": 2, "intervalsPerDay": 2, "intervalMinutes": 60,
 "queues": [{"id": "email", "channel": "EMAIL", "arrivalTimesSeconds": [4000, 5000],
   "handleTime": {"distribution": "constant", "value": 300},
   "serviceLevelThresholdSeconds": 14400}],
 "agentGroups": [{"id": "g", "skills": [{"queue": "email"}], "agentsPerInterval": [1, 0]}]}
""");
    assertEquals(2, r.counter(0, 1, QueueCounter.BACKLOG));
    assertEquals(0, r.counter(0, 2, QueueCounter.BACKLOG));
    assertEquals(2, total(r, 0, QueueCounter.SERVED));
    assertEquals(2, total(r, 0, QueueCounter.ANSWERED_WITHIN_THRESHOLD));
    assertEquals(3200 + 2500, total(r, 0, QueueCounter.WAIT_SERVED), 1e-9);
  }

  @Test
  void emailLeftAtTheEndOfTheHorizonStaysInTheBacklog() {
    ReplicationResult r =
        Cases.run(
            """
{"intervalsPerDay": 2, "intervalMinutes": 60,
 "queues": [{"id": "email", "channel": "EMAIL", "arrivalTimesSeconds": [4000],
   "handleTime": {"distribution": "constant", "value": 300},
   "serviceLevelThresholdSeconds": 14400}],
 "agentGroups": [{"id": "g", "skills": [{"queue": "email"}], "agentsPerInterval": [1, 0]}]}
""");
    assertEquals(0, total(r, 0, QueueCounter.SERVED));
    assertEquals(1, r.counter(0, 1, QueueCounter.BACKLOG));
  }

  @Test
  void afterContactWorkKeepsTheAgentBusy() {
    // Calls at 0 and 10, talk 100 s plus 20 s wrap-up: the second call waits until 120.
    ReplicationResult r =
        Cases.run(
            """
{"intervalsPerDay": 1, "intervalMinutes": 60,
 "queues": [{"id": "voice", "arrivalTimesSeconds": [0, 10],
   "handleTime": {"distribution": "constant", "value": 100},
   "afterContactWork": {"distribution": "constant", "value": 20},
   "serviceLevelThresholdSeconds": 20}],
 "agentGroups": [{"id": "g", "skills": [{"queue": "voice"}], "agentsPerInterval": [1]}]}
""");
    assertEquals(110, total(r, 0, QueueCounter.WAIT_SERVED), 1e-9);
    assertEquals(240, r.busy(0, 0, 1), 1e-9);
  }

  @Test
  void handleTimesFollowTheForecastAhtOfTheArrivalInterval() {
    // Constant 100 s scaled to the forecast's 200 s AHT of the first interval: calls at 0 and 10,
    // the second waits until 200.
    String csv = "queue,interval_start,offered,aht_seconds\nvoice,2026-03-02T08:00,0,200\n";
    ReplicationResult r =
        new ContactCentreSimulation(
                new ScenarioReader(Map.of("f.csv", csv)::get)
                    .read(
                        """
                        {"intervalsPerDay": 2, "intervalMinutes": 30,
                         "forecast": {"file": "f.csv", "start": "2026-03-02T08:00"},
                         "queues": [{"id": "voice", "arrivalTimesSeconds": [0, 10],
                           "handleTimeFromForecast": true,
                           "handleTime": {"distribution": "constant", "value": 100},
                           "serviceLevelThresholdSeconds": 20}],
                         "agentGroups": [{"id": "g", "skills": [{"queue": "voice"}],
                           "agentsPerInterval": [1]}]}
                        """,
                        "case"),
                1,
                0)
            .run();
    assertEquals(190, total(r, 0, QueueCounter.WAIT_SERVED), 1e-9);
    assertEquals(400, r.busy(0, 0, 1), 1e-9);
  }
}
