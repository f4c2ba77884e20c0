package org.openwfm.web.application.schedule;

/**
 * A planner's change of one shift (the JSON body of {@code PUT /api/schedules/{id}/shifts/{shiftId}}).
 *
 * @param version the shift's version as read; a stale one is a conflict
 * @param start new local start "HH:mm" in the agent's zone, on the quarter hour
 * @param minutes new length in minutes including breaks, a multiple of 15
 * @param location OFFICE or HOME
 * @param dayOff true turns the day into a day off (start, minutes and location are then ignored)
 * @param force true saves even when hard rules would be broken
 */
public record ShiftEdit(
    Long version, String start, Integer minutes, String location, Boolean dayOff, Boolean force) {

  public boolean isDayOff() {
    return Boolean.TRUE.equals(dayOff);
  }

  public boolean isForced() {
    return Boolean.TRUE.equals(force);
  }
}
