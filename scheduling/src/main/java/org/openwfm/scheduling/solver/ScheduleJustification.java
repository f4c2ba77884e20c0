package org.openwfm.scheduling.solver;

import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched, in words a planner reads, with the agents and grid slots it concerns
 * (used to break the score down per agent and per interval).
 */
public sealed interface ScheduleJustification extends ConstraintJustification
    permits AgentDayJustification,
        AgentPeriodJustification,
        RestJustification,
        OfficeSeatJustification,
        CoverageJustification {

  /** Ids of the agents concerned (empty for coverage). */
  List<String> agentIds();

  /** One line for a planner. */
  String describe();
}
