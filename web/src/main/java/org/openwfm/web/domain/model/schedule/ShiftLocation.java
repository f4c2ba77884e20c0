package org.openwfm.web.domain.model.schedule;

/** Where a shift is worked: at the agent's site or at home. */
public enum ShiftLocation {
  OFFICE,
  HOME
}
