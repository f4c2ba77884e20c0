package org.openwfm.scheduling.domain;

/** Where an agent may work: always in the office, some days at home (HYBRID), or always at home. */
public enum WorkMode {
  OFFICE,
  HYBRID,
  REMOTE
}
