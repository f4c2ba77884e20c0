package org.openwfm.web.application.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openwfm.scheduling.domain.Activity;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.CoverageModel;
import org.openwfm.scheduling.domain.Schedule;

/** Reads results out of a solved (or hand-edited) engine schedule. Pure. */
public final class ScheduleResults {

  private ScheduleResults() {}

  /** Every working day's shift with its breaks, by agent (problem order) and date. */
  public static List<ShiftPlan> shifts(Schedule schedule) {
    Instant origin = schedule.getHorizon().startInstant();
    List<AgentDay> days = new ArrayList<>(schedule.getAgentDays());
    days.sort(
        Comparator.comparingInt((AgentDay d) -> d.getAgent().index()).thenComparingInt(AgentDay::getDayIndex));
    List<ShiftPlan> shifts = new ArrayList<>();
    for (AgentDay day : days) {
      if (day.isWorking()) {
        shifts.add(plan(origin, day));
      }
    }
    return shifts;
  }

  /** The shift of one working agent day. */
  public static ShiftPlan plan(Schedule schedule, AgentDay day) {
    return plan(schedule.getHorizon().startInstant(), day);
  }

  private static ShiftPlan plan(Instant origin, AgentDay day) {
    Instant start = origin.plusSeconds(day.startGridMinute() * 60L);
    Instant end = start.plusSeconds(day.getPattern().lengthMinutes() * 60L);
    List<ShiftPlan.BreakPlan> breaks = new ArrayList<>();
    for (Activity activity : day.getPattern().activities(day.getAgent().breakStagger())) {
      Instant from = start.plusSeconds(activity.offsetMinutes() * 60L);
      breaks.add(
          new ShiftPlan.BreakPlan(
              activity.type().name(), from, from.plusSeconds(activity.lengthMinutes() * 60L)));
    }
    return new ShiftPlan(day.getAgent().id(), day.getDate(), start, end, day.getLocation().name(), breaks);
  }

  /**
   * Coverage per queue (engine index) and grid slot in hundredths of an agent, by the engine's allocation rule:
   * a working agent counts once per slot, split over the queues it is qualified for.
   */
  public static int[][] coverage(Schedule schedule) {
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
    return covered;
  }
}
