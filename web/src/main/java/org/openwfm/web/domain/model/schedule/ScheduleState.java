package org.openwfm.web.domain.model.schedule;

/**
 * Where a schedule is in its life: GENERATING while the solver runs, DRAFT once shifts are written (and after
 * a failed or stopped run that kept nothing), PUBLISHED once some days are published to agents, FAILED when
 * the generation ended without a schedule.
 */
public enum ScheduleState {
  GENERATING,
  DRAFT,
  PUBLISHED,
  FAILED
}
