package org.openwfm.scheduling.swap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openwfm.scheduling.domain.Agent;
import org.openwfm.scheduling.domain.AgentDay;
import org.openwfm.scheduling.domain.CoverageModel;
import org.openwfm.scheduling.domain.Location;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.domain.ScheduleHorizon;
import org.openwfm.scheduling.domain.ShiftPattern;
import org.openwfm.scheduling.domain.WorkMode;
import org.openwfm.scheduling.solver.ScheduleExplainer;
import org.openwfm.scheduling.solver.ScheduleExplanation;

/**
 * Judges proposed swaps and give-aways on a schedule: applies the trade to the schedule, scores it
 * with the same constraints as the solver, and puts everything back, so the schedule is unchanged
 * afterwards. Not thread-safe: use one service per schedule and thread.
 */
public final class SwapCheckService {

  /** The rule reported when a receiver already works a shift that day. */
  public static final String ONE_SHIFT_A_DAY = "One shift a day";

  private final Schedule schedule;
  private final ScheduleExplainer explainer = new ScheduleExplainer();
  private final Map<String, AgentDay> days = new HashMap<>();

  public SwapCheckService(Schedule schedule) {
    this.schedule = schedule;
    for (AgentDay day : schedule.getAgentDays()) {
      days.put(day.getId(), day);
    }
  }

  /**
   * Checks a trade.
   *
   * @throws IllegalArgumentException when an agent or date is not in the schedule, or the giver
   *     has no shift that day
   */
  public SwapCheckResult check(ShiftTrade trade) {
    List<Move> moves = new ArrayList<>();
    List<String> structural = new ArrayList<>();
    if (trade instanceof ShiftTrade.GiveAway g) {
      transfer(g.fromAgent(), g.date(), g.toAgent(), moves, structural, Set.of());
    } else if (trade instanceof ShiftTrade.Swap s) {
      AgentDay a = day(s.agentA(), s.dateA());
      AgentDay b = day(s.agentB(), s.dateB());
      Set<AgentDay> freed = Set.of(a, b);
      transfer(s.agentA(), s.dateA(), s.agentB(), moves, structural, freed);
      transfer(s.agentB(), s.dateB(), s.agentA(), moves, structural, freed);
    }
    ScheduleExplanation before = explainer.explanation(schedule);
    int[][] coverageBefore = coverage();
    List<Undo> undo = new ArrayList<>();
    for (Move move : moves) {
      undo.add(new Undo(move.day(), move.day().getPattern(), move.day().getLocation()));
    }
    try {
      // Days given away first, then days received: in a same-day swap a day is both.
      for (Move move : moves) {
        if (move.pattern().isEmpty()) {
          move.day().setPattern(null);
        }
      }
      for (Move move : moves) {
        if (move.pattern().isPresent()) {
          move.day().setPattern(move.pattern().get());
          move.day().setLocation(move.location());
        }
      }
      ScheduleExplanation after = explainer.explanation(schedule);
      int[][] coverageAfter = coverage();
      Set<String> old = new HashSet<>(before.hardViolations());
      List<String> broken = new ArrayList<>(structural);
      for (String line : after.hardViolations()) {
        if (!old.contains(line)) {
          broken.add(line);
        }
      }
      return new SwapCheckResult(
          broken.isEmpty(),
          broken,
          before.score(),
          after.score(),
          changes(coverageBefore, coverageAfter));
    } finally {
      for (int i = undo.size() - 1; i >= 0; i--) {
        undo.get(i).day().setPattern(undo.get(i).pattern());
        undo.get(i).day().setLocation(undo.get(i).location());
      }
      explainer.explanation(schedule);
    }
  }

  private record Move(AgentDay day, Optional<ShiftPattern> pattern, Location location) {}

  private record Undo(AgentDay day, ShiftPattern pattern, Location location) {}

  private AgentDay day(String agentId, LocalDate date) {
    AgentDay day = days.get(agentId + "/" + date);
    if (day == null) {
      throw new IllegalArgumentException(
          "no agent \"" + agentId + "\" on " + date + " in this schedule");
    }
    return day;
  }

  /** Moves the giver's shift of a date to the receiver, at the same instants. */
  private void transfer(
      String from, LocalDate date, String to, List<Move> moves, List<String> structural,
      Set<AgentDay> freed) {
    AgentDay giver = day(from, date);
    if (!giver.isWorking()) {
      throw new IllegalArgumentException(from + " has no shift on " + date + " to give");
    }
    Agent receiver = day(to, date).getAgent();
    Instant start =
        schedule.getHorizon().startInstant().plusSeconds(giver.startGridMinute() * 60L);
    ZonedDateTime local = start.atZone(receiver.timeZone());
    int startMinute = local.getHour() * 60 + local.getMinute();
    int length = giver.getPattern().lengthMinutes();
    moves.add(new Move(giver, Optional.empty(), giver.getLocation()));
    AgentDay target = days.get(to + "/" + local.toLocalDate());
    if (target == null) {
      structural.add(ONE_SHIFT_A_DAY + ": " + to + " has no day " + local.toLocalDate()
          + " in this schedule");
      return;
    }
    if (target.isWorking() && !freed.contains(target)) {
      structural.add(ONE_SHIFT_A_DAY + ": " + to + " already works on " + local.toLocalDate());
    }
    if (startMinute + length > 1440) {
      structural.add(ONE_SHIFT_A_DAY + ": the shift crosses midnight in " + to + "'s time zone");
      return;
    }
    ShiftPattern pattern =
        new ShiftPattern(startMinute, length, schedule.getRules().breaks());
    Location location =
        receiver.workMode() == WorkMode.REMOTE
            ? Location.HOME
            : receiver.workMode() == WorkMode.OFFICE ? Location.OFFICE : giver.getLocation();
    moves.add(new Move(target, Optional.of(pattern), location));
  }

  private int[][] coverage() {
    CoverageModel model = schedule.getCoverage();
    int[][] covered = new int[model.queueCount()][model.slotCount()];
    for (AgentDay day : schedule.getAgentDays()) {
      int[] queues = model.allocationQueues(day.getAgent());
      for (int slot : day.workedSlots()) {
        if (slot >= 0 && slot < model.slotCount()) {
          int[] shares = model.allocate(day.getAgent(), slot);
          for (int j = 0; j < queues.length; j++) {
            covered[queues[j]][slot] += shares[j];
          }
        }
      }
    }
    return covered;
  }

  private List<SwapCheckResult.CoverageChange> changes(int[][] before, int[][] after) {
    CoverageModel model = schedule.getCoverage();
    ScheduleHorizon horizon = schedule.getHorizon();
    List<SwapCheckResult.CoverageChange> changes = new ArrayList<>();
    for (int s = 0; s < model.slotCount(); s++) {
      for (int q = 0; q < model.queueCount(); q++) {
        if (before[q][s] != after[q][s]) {
          changes.add(
              new SwapCheckResult.CoverageChange(
                  horizon.slotStart(s, horizon.timeZone()).toString(),
                  model.queues().get(q).id(),
                  model.requirement(q, s) / 100.0,
                  before[q][s] / 100.0,
                  after[q][s] / 100.0));
        }
      }
    }
    return changes;
  }
}
