package org.openwfm.scheduling.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openwfm.scheduling.TestProblems;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.BreakRules;
import org.openwfm.scheduling.domain.Location;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.domain.ScheduleConstraintConfiguration;
import org.openwfm.scheduling.domain.ShiftPattern;
import org.openwfm.scheduling.io.ProblemReader;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

class ScheduleExplainerTest {

  @Test
  void breaksTheScoreDownPerRulePerAgentAndPerInterval() {
    Schedule schedule =
        ProblemReader.toSchedule(
            TestProblems.oneQueueWeek(
                List.of(
                    TestProblems.agent("a1", "OFFICE", "Europe/Tallinn", Map.of("voice", 3)),
                    TestProblems.agent("a2", "OFFICE", "Europe/Tallinn", Map.of("voice", 3))),
                1),
            "test");
    // a1 works Monday only (480 paid minutes = the 8 h minimum); a2 does not work at all
    AgentDay monday = schedule.getAgentDays().get(0);
    monday.setPattern(new ShiftPattern(9 * 60, 510, BreakRules.DEFAULT));
    monday.setLocation(Location.OFFICE);

    ScheduleExplanation explanation = ScheduleExplainer.explain(schedule);

    HardSoftLongScore score = HardSoftLongScore.parseScore(explanation.score());
    assertFalse(explanation.feasible());
    assertEquals(score.hardScore(), explanation.rules().stream().mapToLong(r -> r.hard()).sum());
    assertEquals(score.softScore(), explanation.rules().stream().mapToLong(r -> r.soft()).sum());
    ScheduleExplanation.AgentCost a2 =
        explanation.agents().stream().filter(a -> a.agent().equals("a2")).findFirst().orElseThrow();
    assertEquals(-480, a2.hard(), "a2 is 480 paid minutes short of its weekly minimum");
    assertTrue(a2.byRule().containsKey(ScheduleConstraintConfiguration.WEEKLY_MINIMUM));
    assertTrue(
        explanation.intervals().stream()
            .anyMatch(
                i -> i.start().equals("2026-03-03T09:00+02:00")
                    && i.queue().equals("voice")
                    && i.required() == 1.0
                    && i.covered() == 0.0
                    && i.soft() == -1000),
        "Tuesday 09:00 is one agent short: 100 x weight 10");
    assertTrue(explanation.hardViolations().stream().anyMatch(v -> v.contains("a2 week 1")));
  }
}
