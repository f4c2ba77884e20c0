package org.openwfm.scheduling.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.domain.ScheduleConstraintConfiguration;
import org.openwfm.scheduling.domain.ScheduleHorizon;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/** Breaks a schedule's score down per rule, per agent and per interval. */
public final class ScheduleExplainer {

  private final SolutionManager<Schedule, HardSoftLongScore> manager =
      SolutionManager.create(
          SolverFactory.create(
              ScheduleSolver.config(SolveOptions.of(java.time.Duration.ofSeconds(1)))));

  /** Scores the schedule (updating its score) and explains it. */
  public static ScheduleExplanation explain(Schedule schedule) {
    return new ScheduleExplainer().explanation(schedule);
  }

  /** Like {@link #explain} but reuses this explainer's score director factory. */
  public ScheduleExplanation explanation(Schedule schedule) {
    ScoreExplanation<Schedule, HardSoftLongScore> explanation = manager.explain(schedule);
    HardSoftLongScore score = explanation.getScore();
    ScheduleHorizon horizon = schedule.getHorizon();

    List<ScheduleExplanation.RuleCost> rules = new ArrayList<>();
    Map<String, long[]> agentTotals = new TreeMap<>();
    Map<String, Map<String, HardSoftLongScore>> agentRules = new TreeMap<>();
    List<ScheduleExplanation.IntervalCost> intervals = new ArrayList<>();
    List<String> hard = new ArrayList<>();
    Map<String, HardSoftLongScore> weights = schedule.getConfiguration().weights();

    List<ConstraintMatchTotal<HardSoftLongScore>> totals =
        new ArrayList<>(explanation.getConstraintMatchTotalMap().values());
    totals.sort(Comparator.comparing(ConstraintMatchTotal::getConstraintName));
    for (ConstraintMatchTotal<HardSoftLongScore> total : totals) {
      String rule = total.getConstraintName();
      HardSoftLongScore ruleScore = total.getScore();
      rules.add(
          new ScheduleExplanation.RuleCost(
              rule, ruleScore.hardScore(), ruleScore.softScore(), total.getConstraintMatchCount()));
      for (ConstraintMatch<HardSoftLongScore> match : total.getConstraintMatchSet()) {
        Object justification = match.getJustification();
        if (!(justification instanceof ScheduleJustification j)) {
          continue;
        }
        HardSoftLongScore matchScore = match.getScore();
        if (matchScore.hardScore() != 0) {
          hard.add(rule + ": " + j.describe());
        }
        List<String> agents = j.agentIds();
        for (String agent : agents) {
          long[] sum = agentTotals.computeIfAbsent(agent, a -> new long[2]);
          sum[0] += matchScore.hardScore() / agents.size();
          sum[1] += matchScore.softScore() / agents.size();
          agentRules
              .computeIfAbsent(agent, a -> new TreeMap<>())
              .merge(rule, matchScore, HardSoftLongScore::add);
        }
        if (j instanceof CoverageJustification coverage) {
          long weight = weights.get(rule).softScore();
          boolean under = rule.equals(ScheduleConstraintConfiguration.UNDER_COVERAGE);
          for (IntervalGap gap : coverage.gaps()) {
            long diff = Math.abs(gap.requiredHundredths() - gap.coveredHundredths());
            long units = under ? diff * diff / 100 : diff;
            intervals.add(
                new ScheduleExplanation.IntervalCost(
                    horizon.slotStart(gap.slot(), horizon.timeZone()).toString(),
                    gap.queueId(),
                    gap.requiredHundredths() / 100.0,
                    gap.coveredHundredths() / 100.0,
                    -units * weight));
          }
        }
      }
    }
    intervals.sort(
        Comparator.comparing(ScheduleExplanation.IntervalCost::start)
            .thenComparing(ScheduleExplanation.IntervalCost::queue));
    List<ScheduleExplanation.AgentCost> agents = new ArrayList<>();
    for (Map.Entry<String, long[]> entry : agentTotals.entrySet()) {
      Map<String, String> byRule = new LinkedHashMap<>();
      agentRules.get(entry.getKey()).forEach((rule, s) -> byRule.put(rule, s.toString()));
      agents.add(
          new ScheduleExplanation.AgentCost(
              entry.getKey(), entry.getValue()[0], entry.getValue()[1], byRule));
    }
    hard.sort(null);
    return new ScheduleExplanation(
        score.toString(), score.isFeasible(), rules, agents, intervals, hard);
  }
}
