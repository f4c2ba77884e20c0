package org.openwfm.scheduling.solver;

import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.CoverageModel;
import org.openwfm.scheduling.domain.Schedule;

/**
 * Coverage of a schedule against its requirement, summed over queues and 15-minute intervals, in
 * agent-hours (one agent for one interval is 0.25 agent-hours), computed with the same allocation
 * rule as the constraints ({@link CoverageModel}).
 *
 * @param maxShortfallAgents the largest shortfall in any one queue and interval, in agents
 */
public record CoverageReport(
    double requiredAgentHours,
    double shortAgentHours,
    double overAgentHours,
    double maxShortfallAgents) {

  /** Share of the requirement covered, 0 to 1 (1 when nothing is required). */
  public double coveredShare() {
    return requiredAgentHours == 0 ? 1 : 1 - shortAgentHours / requiredAgentHours;
  }

  public static CoverageReport of(Schedule schedule) {
    CoverageModel model = schedule.getCoverage();
    int[][] covered = new int[model.queueCount()][model.slotCount()];
    for (AgentDay day : schedule.getAgentDays()) {
      int[] queues = model.allocationQueues(day.getAgent());
      for (int slot : day.workedSlots()) {
        if (slot < 0 || slot >= model.slotCount()) {
          continue;
        }
        int[] shares = model.allocate(day.getAgent(), slot);
        for (int j = 0; j < queues.length; j++) {
          covered[queues[j]][slot] += shares[j];
        }
      }
    }
    long required = 0;
    long short_ = 0;
    long over = 0;
    int maxShort = 0;
    for (int q = 0; q < model.queueCount(); q++) {
      for (int s = 0; s < model.slotCount(); s++) {
        int r = model.requirement(q, s);
        required += r;
        int diff = r - covered[q][s];
        if (diff > 0) {
          short_ += diff;
          maxShort = Math.max(maxShort, diff);
        } else {
          over -= diff;
        }
      }
    }
    return new CoverageReport(
        required / 400.0, short_ / 400.0, over / 400.0, maxShort / 100.0);
  }
}
