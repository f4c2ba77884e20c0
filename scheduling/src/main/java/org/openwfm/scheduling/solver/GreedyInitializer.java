package org.openwfm.scheduling.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.scheduling.domain.Agent;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.CoverageModel;
import org.openwfm.scheduling.domain.Location;
import org.openwfm.scheduling.domain.OfficeSlot;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.domain.ShiftPattern;
import org.openwfm.scheduling.domain.Site;
import org.openwfm.scheduling.domain.WorkMode;

/**
 * Builds a first schedule in milliseconds, so that local search starts from something sensible
 * instead of running a construction heuristic over thousands of agent days. Agents with the fewest
 * skills go first; for each agent and week it repeatedly adds the (day, shift) that covers the most
 * still-uncovered requirement of the agent's queues, while the week stays under the contract maximum,
 * rest and consecutive-day limits hold, and until the weekly minimum is reached. Hybrid agents go to
 * the office on their best days until their required office days are met and seats allow. Pinned
 * days are left as they are. The result is usually feasible or close to it; the solver does the rest.
 */
public final class GreedyInitializer {

  private static final int PREFERRED_DAY_OFF_COST = 1500;

  private final Schedule schedule;
  private final CoverageModel model;
  private final int[][] residual;
  private final Map<Site, int[]> seatsUsed = new HashMap<>();

  private GreedyInitializer(Schedule schedule) {
    this.schedule = schedule;
    this.model = schedule.getCoverage();
    this.residual = new int[model.queueCount()][model.slotCount()];
    for (int q = 0; q < model.queueCount(); q++) {
      for (int s = 0; s < model.slotCount(); s++) {
        residual[q][s] = model.requirement(q, s);
      }
    }
    for (Site site : schedule.getSites()) {
      seatsUsed.put(site, new int[model.slotCount()]);
    }
  }

  /** Sets a shift or day off on every unpinned agent day that has none. */
  public static void initialize(Schedule schedule) {
    new GreedyInitializer(schedule).run();
  }

  private void run() {
    Map<Agent, List<AgentDay>> byAgent = new IdentityHashMap<>();
    for (AgentDay day : schedule.getAgentDays()) {
      byAgent.computeIfAbsent(day.getAgent(), a -> new ArrayList<>()).add(day);
    }
    for (List<AgentDay> days : byAgent.values()) {
      days.sort(Comparator.comparingInt(AgentDay::getDayIndex));
      for (AgentDay day : days) {
        if (day.isPinned() || day.isWorking()) {
          take(day);
        }
      }
    }
    List<Agent> agents = new ArrayList<>(byAgent.keySet());
    // Office agents first (they need seats), then by fewest skills (least flexible first).
    agents.sort(
        Comparator.comparingInt((Agent a) -> a.workMode().ordinal())
            .thenComparingInt(a -> a.skills().size())
            .thenComparingInt(Agent::index));
    for (Agent agent : agents) {
      scheduleAgent(agent, byAgent.get(agent));
    }
  }

  private void scheduleAgent(Agent agent, List<AgentDay> days) {
    int weeks = schedule.getHorizon().weeks();
    for (int week = 0; week < weeks; week++) {
      int paid = 0;
      int credit = 0;
      int officeDays = 0;
      for (int d = week * 7; d < week * 7 + 7 && d < days.size(); d++) {
        AgentDay day = days.get(d);
        paid += day.paidMinutes();
        credit += day.timeOffCreditMinutes();
        officeDays += day.isOfficeDay() ? 1 : 0;
      }
      int target = agent.contract().minMinutesPerWeek() - credit;
      while (paid < target) {
        AgentDay bestDay = null;
        ShiftPattern bestPattern = null;
        long bestGain = Long.MIN_VALUE;
        for (int d = week * 7; d < week * 7 + 7 && d < days.size(); d++) {
          AgentDay day = days.get(d);
          if (day.isPinned() || day.isWorking()) {
            continue;
          }
          for (ShiftPattern pattern : day.getPatternRange()) {
            if (!fits(agent, days, d, pattern, paid)) {
              continue;
            }
            if (agent.workMode() == WorkMode.OFFICE && !seatsFree(day, pattern)) {
              continue;
            }
            long gain = gain(day, pattern);
            if (day.isPreferredDayOff()) {
              gain -= PREFERRED_DAY_OFF_COST;
            }
            if (gain > bestGain) {
              bestGain = gain;
              bestDay = day;
              bestPattern = pattern;
            }
          }
        }
        if (bestDay == null) {
          break;
        }
        bestDay.setPattern(bestPattern);
        boolean office =
            agent.workMode() == WorkMode.OFFICE
                || (agent.workMode() == WorkMode.HYBRID
                    && officeDays < agent.officeDaysPerWeek()
                    && seatsFree(bestDay, bestPattern));
        bestDay.setLocation(office ? Location.OFFICE : Location.HOME);
        officeDays += office ? 1 : 0;
        paid += bestDay.paidMinutes();
        take(bestDay);
      }
    }
  }

  private boolean fits(Agent agent, List<AgentDay> days, int d, ShiftPattern pattern, int paid) {
    AgentDay day = days.get(d);
    ShiftPattern old = day.getPattern();
    day.setPattern(pattern);
    try {
      if (paid + day.paidMinutes() > agent.contract().maxMinutesPerWeek()) {
        return false;
      }
      if (d > 0 && days.get(d - 1).isWorking()
          && ScheduleConstraintProvider.restShortMinutes(days.get(d - 1), day) > 0) {
        return false;
      }
      if (d + 1 < days.size() && days.get(d + 1).isWorking()
          && ScheduleConstraintProvider.restShortMinutes(day, days.get(d + 1)) > 0) {
        return false;
      }
      int run = 1;
      for (int i = d - 1; i >= 0 && days.get(i).isWorking(); i--) {
        run++;
        if (i == 0) {
          run += agent.previousConsecutiveDays();
        }
      }
      if (d == 0) {
        run += agent.previousConsecutiveDays();
      }
      for (int i = d + 1; i < days.size() && days.get(i).isWorking(); i++) {
        run++;
      }
      return run <= agent.contract().maxConsecutiveDays();
    } finally {
      day.setPattern(old);
    }
  }

  /** Requirement (hundredths) the agent would cover, one agent at most per slot. */
  private long gain(AgentDay day, ShiftPattern pattern) {
    ShiftPattern old = day.getPattern();
    day.setPattern(pattern);
    int[] slots = day.workedSlots();
    day.setPattern(old);
    int[] queues = model.allocationQueues(day.getAgent());
    long gain = 0;
    for (int slot : slots) {
      if (slot < 0 || slot >= model.slotCount()) {
        continue;
      }
      int open = 0;
      for (int q : queues) {
        open += Math.max(0, residual[q][slot]);
      }
      gain += Math.min(100, open) - (open == 0 ? 20 : 0);
    }
    return gain;
  }

  private boolean seatsFree(AgentDay day, ShiftPattern pattern) {
    Location old = day.getLocation();
    ShiftPattern oldPattern = day.getPattern();
    day.setLocation(Location.OFFICE);
    day.setPattern(pattern);
    List<OfficeSlot> slots = day.officeSlots();
    day.setLocation(old);
    day.setPattern(oldPattern);
    for (OfficeSlot slot : slots) {
      int[] used = seatsUsed.get(slot.site());
      if (used != null && slot.slot() >= 0 && slot.slot() < used.length
          && used[slot.slot()] >= slot.site().officeSeats()) {
        return false;
      }
    }
    return true;
  }

  private void take(AgentDay day) {
    if (!day.isWorking()) {
      return;
    }
    int[] queues = model.allocationQueues(day.getAgent());
    for (int slot : day.workedSlots()) {
      if (slot < 0 || slot >= model.slotCount()) {
        continue;
      }
      int[] shares = model.allocate(day.getAgent(), slot);
      for (int j = 0; j < queues.length; j++) {
        residual[queues[j]][slot] -= shares[j];
      }
    }
    for (OfficeSlot slot : day.officeSlots()) {
      int[] used = seatsUsed.get(slot.site());
      if (used != null && slot.slot() >= 0 && slot.slot() < used.length) {
        used[slot.slot()]++;
      }
    }
  }
}
