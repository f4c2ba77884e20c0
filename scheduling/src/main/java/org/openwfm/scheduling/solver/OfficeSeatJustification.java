package org.openwfm.scheduling.solver;

import java.util.List;

/** More agents in the office than seats at a site in one grid slot. */
public record OfficeSeatJustification(String siteId, int slot, long agentsInOffice, int seats)
    implements ScheduleJustification {

  @Override
  public List<String> agentIds() {
    return List.of();
  }

  @Override
  public String describe() {
    return "site " + siteId + " slot " + slot + ": " + agentsInOffice + " agents, " + seats
        + " seats";
  }
}
