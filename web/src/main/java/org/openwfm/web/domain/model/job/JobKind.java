package org.openwfm.web.domain.model.job;

/** What a job computes. */
public enum JobKind {
  FORECAST,
  REQUIREMENT,
  SCHEDULE,
  SIMULATION
}
