package org.openwfm.scheduling.domain;

/** Where one shift is worked: at the agent's site (takes an office seat) or at home. */
public enum Location {
  OFFICE,
  HOME
}
