package org.openwfm.scheduling.solver;

import java.util.ArrayList;
import java.util.List;
import org.openwfm.scheduling.domain.CoverageModel;
import org.openwfm.scheduling.domain.ScheduleHorizon;

/**
 * Coverage of every queue and slot of one grid day, with its penalties.
 *
 * <p>{@code underPenalty} is the sum over queues and slots of the squared shortfall, in units of
 * 1/100 agent² (one agent short in one interval = 100, two agents short = 400): squaring makes one
 * big gap cost more than several small ones. {@code overPenalty} is the surplus summed over queues
 * and slots in hundredths of an agent per interval (one agent too many for one interval = 100).
 */
public record DayCoverage(
    int gridDay, CoverageModel model, int[] covered, long underPenalty, long overPenalty) {

  /** The queue-slots of this day with a shortfall or a surplus. */
  public List<IntervalGap> gaps() {
    List<IntervalGap> gaps = new ArrayList<>();
    int base = gridDay * ScheduleHorizon.SLOTS_PER_DAY;
    for (int q = 0; q < model.queueCount(); q++) {
      for (int i = 0; i < ScheduleHorizon.SLOTS_PER_DAY; i++) {
        int required = model.requirement(q, base + i);
        int cov = covered[q * ScheduleHorizon.SLOTS_PER_DAY + i];
        if (required != cov) {
          gaps.add(new IntervalGap(model.queues().get(q).id(), base + i, required, cov));
        }
      }
    }
    return gaps;
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "day " + gridDay + " under " + underPenalty + " over " + overPenalty;
  }
}
