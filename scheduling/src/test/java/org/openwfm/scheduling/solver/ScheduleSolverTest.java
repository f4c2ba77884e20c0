package org.openwfm.scheduling.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.scheduling.demo.DemoProblemGenerator;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.io.ProblemDocument;
import org.openwfm.scheduling.io.ProblemReader;

class ScheduleSolverTest {

  private static final SolveOptions SHORT =
      SolveOptions.of(Duration.ofSeconds(4)).withUnimprovedLimit(Duration.ofSeconds(1)).withSeed(7);

  private static Schedule smallDemo() {
    ProblemDocument doc =
        new DemoProblemGenerator(11, 16, 1, LocalDate.of(2026, 2, 2), 0.8).generate();
    return ProblemReader.toSchedule(doc, "small demo");
  }

  @Test
  void solvesSmallDemoToAFeasibleScheduleCoveringMostOfTheRequirement() {
    Schedule schedule = smallDemo();
    ScheduleSolver.Result result = ScheduleSolver.solve(schedule, SHORT);
    assertTrue(result.score().isFeasible(), "score " + result.score());
    CoverageReport coverage = CoverageReport.of(schedule);
    assertTrue(coverage.coveredShare() > 0.7, "covered " + coverage.coveredShare());
  }

  @Test
  void localSearchNeverEndsWorseThanTheGreedyStart() {
    Schedule greedy = smallDemo();
    GreedyInitializer.initialize(greedy);
    long greedySoft = ScheduleSolver.score(greedy).softScore();
    Schedule solved = smallDemo();
    ScheduleSolver.Result result = ScheduleSolver.solve(solved, SHORT);
    assertTrue(result.score().softScore() >= greedySoft, result.score() + " vs " + greedySoft);
    assertEquals(result.score(), ScheduleSolver.score(solved), "returned schedule has that score");
  }

  @Test
  void keepsPublishedDaysAsTheyWere() {
    ProblemDocument doc =
        new DemoProblemGenerator(11, 16, 1, LocalDate.of(2026, 2, 2), 0.8).generate();
    String agent = doc.agents().get(0).id();
    ProblemDocument withPublished =
        new ProblemDocument(
            doc.name(), doc.start(), doc.weeks(), doc.timeZone(), doc.rules(), doc.weights(),
            doc.queues(), doc.sites(), doc.contracts(), doc.agents(), doc.requirements(),
            List.of(
                new ProblemDocument.PlannedDayDoc(agent, "2026-02-02", null, null, null, true),
                new ProblemDocument.PlannedDayDoc(
                    agent, "2026-02-03", "12:00", doc.agents().get(0).contract().equals("full-time")
                        ? 510 : 300, null, true)));
    Schedule schedule = ProblemReader.toSchedule(withPublished, "published");
    ScheduleSolver.solve(schedule, SHORT);
    AgentDay monday = schedule.getAgentDays().get(0);
    AgentDay tuesday = schedule.getAgentDays().get(1);
    assertTrue(monday.isPinned() && !monday.isWorking(), monday.toString());
    assertEquals(12 * 60, tuesday.getPattern().startMinute(), tuesday.toString());
  }
}
