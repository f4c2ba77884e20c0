package org.openwfm.simulator.des;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openwfm.simulator.des.Cases.total;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.simulator.des.scenario.Scenario;
import org.openwfm.simulator.des.scenario.ScenarioReader;

/** Shifts with breaks from the schedule CSV, finishing the contact in hand, absenteeism. */
class StaffingTest {

  private static ReplicationResult runWithSchedule(String json, String csv) {
    Scenario scenario = new ScenarioReader(Map.of("schedule.csv", csv)::get).read(json, "case");
    return new ContactCentreSimulation(scenario, 1, 0).run();
  }

  private static final String SCENARIO =
      """
      {"intervalsPerDay": 1, "intervalMinutes": 60,
       "queues": [{"id": "A", "arrivalTimesSeconds": [%s],
         "handleTime": {"distribution": "constant", "value": 30},
         "serviceLevelThresholdSeconds": 20}],
       "agentGroups": [{"id": "g", "skills": [{"queue": "A"}], "absenteeism": %s}],
       "schedule": {"file": "schedule.csv", "start": "2026-03-02T08:00+02:00",
         "agentGroups": {"ann": "g"}}}
      """;

  // Ann works 08:00:00 to 08:03:20 (0 to 200 s) with a break 08:00:50 to 08:01:40 (50 to 100 s).
  private static final String CSV =
      """
      agent,start,end,activity,location
      ann,2026-03-02T08:00+02:00,2026-03-02T08:03:20+02:00,SHIFT,HOME
      ann,2026-03-02T08:00:50+02:00,2026-03-02T08:01:40+02:00,BREAK,
      """;

  @Test
  void agentFinishesTheCallInHandThenTakesHerBreakAndEndsHerShiftAfterTheLastCall() {
    // Call at 40 runs 40-70 across the break start (50); call at 60 waits for the end of the break
    // (100): wait 40. Call at 190 runs past the shift end (200) to 220. Call at 210 finds nobody.
    ReplicationResult r = runWithSchedule(SCENARIO.formatted("40, 60, 190, 210", 0), CSV);
    assertEquals(3, total(r, 0, QueueCounter.SERVED));
    assertEquals(40, total(r, 0, QueueCounter.WAIT_SERVED), 1e-9);
    assertEquals(1, r.counter(0, 0, QueueCounter.BACKLOG));
    // Present: 0-70 (finishing the call), 100-220 (finishing the last call) = 190 s; busy 90 s.
    assertEquals(190, r.present(0, 0, 1), 1e-9);
    assertEquals(90, r.busy(0, 0, 1), 1e-9);
  }

  @Test
  void absentAgentServesNobody() {
    ReplicationResult r = runWithSchedule(SCENARIO.formatted("40, 60", 1), CSV);
    assertEquals(0, total(r, 0, QueueCounter.SERVED));
    assertEquals(0, r.present(0, 0, 1), 1e-9);
  }

  @Test
  void staffingPerIntervalFollowsTheIntervals() {
    // Two 120-s intervals, one agent in the first and none in the second: the call at 150 is never
    // served (the horizon ends with nobody on duty).
    ReplicationResult r =
        Cases.run(
            """
            {"intervalsPerDay": 2, "intervalMinutes": 2,
             "queues": [{"id": "A", "arrivalTimesSeconds": [10, 150],
               "handleTime": {"distribution": "constant", "value": 30},
               "serviceLevelThresholdSeconds": 20}],
             "agentGroups": [{"id": "g", "skills": [{"queue": "A"}], "agentsPerInterval": [1, 0]}]}
            """);
    assertEquals(1, total(r, 0, QueueCounter.SERVED));
    assertEquals(120, r.present(0, 0, 1), 1e-9);
    assertEquals(0, r.present(0, 1, 2), 1e-9);
  }

  @Test
  void absenteeismRemovesAboutTheGivenShareOfAgentDays() {
    // 100 agents per interval, 20% no-show per agent and day, 50 days: present agent-time is about
    // 80%.
    ReplicationResult r =
        Cases.run(
            """
            {"days": 50, "intervalsPerDay": 1, "intervalMinutes": 60,
             "queues": [{"id": "A", "arrivals": [0],
               "handleTime": {"distribution": "constant", "value": 30},
               "serviceLevelThresholdSeconds": 20}],
             "agentGroups": [{"id": "g", "skills": [{"queue": "A"}], "agentsPerInterval": [100],
               "absenteeism": 0.2}]}
            """);
    double share = r.present(0, 0, 50) / (100 * 3600.0 * 50);
    // 5000 agent-days: standard deviation of the share is 0.0057; allow 4 of them.
    assertEquals(0.8, share, 0.023);
  }
}
