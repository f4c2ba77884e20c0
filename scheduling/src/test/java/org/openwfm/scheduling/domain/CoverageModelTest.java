package org.openwfm.scheduling.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageModelTest {

  private static final Queue A = new Queue("a", 0, 1);
  private static final Queue B = new Queue("b", 1, 1);
  private static final Queue C = new Queue("c", 2, 3);
  private static final Contract CONTRACT = new Contract("c", 0, 2400, 5, 660, List.of(480));

  private static Agent agent(SkillLevel... skills) {
    return new Agent(
        "x", 0, CONTRACT, WorkMode.REMOTE, null, ZoneId.of("UTC"), List.of(skills), 0, Map.of(),
        Set.of(), Set.of(), null, null, 0);
  }

  private static CoverageModel model(int a, int b, int c) {
    return new CoverageModel(List.of(A, B, C), 1, new int[][] {{a}, {b}, {c}});
  }

  @Test
  void splitsAnAgentInProportionToRequirementTimesLevel() {
    // weights 300*1 and 100*3: half each
    int[] shares = model(300, 100, 0).allocate(agent(new SkillLevel(A, 1), new SkillLevel(B, 3)), 0);
    assertArrayEquals(new int[] {50, 50}, shares);
  }

  @Test
  void sharesAlwaysSumToOneAgentEvenWhenThirdsDoNotDivide() {
    int[] shares =
        model(100, 100, 100)
            .allocate(agent(new SkillLevel(A, 3), new SkillLevel(B, 3), new SkillLevel(C, 3)), 0);
    assertEquals(100, shares[0] + shares[1] + shares[2]);
  }

  @Test
  void ignoresQueuesBelowTheMinimumLevelAndSplitsByLevelWhenNothingIsRequired() {
    // C needs level 3: a level-2 skill there does not count
    int[] shares =
        model(0, 0, 500)
            .allocate(agent(new SkillLevel(A, 1), new SkillLevel(B, 3), new SkillLevel(C, 2)), 0);
    assertArrayEquals(new int[] {25, 75}, shares);
  }
}
