package org.openwfm.scheduling.solver;

import java.util.List;

/** Coverage of one grid day: the queue-slots that are short or over. */
public record CoverageJustification(int gridDay, List<IntervalGap> gaps, long penalty)
    implements ScheduleJustification {

  @Override
  public List<String> agentIds() {
    return List.of();
  }

  @Override
  public String describe() {
    return "grid day " + gridDay + ": " + gaps.size() + " queue-intervals off, penalty " + penalty;
  }
}
