package org.openwfm.scheduling.domain;

import java.time.ZoneId;

/** An office: its time zone and the number of office seats usable at the same time. */
public record Site(String id, ZoneId timeZone, int officeSeats) {

  public Site {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("site id is required");
    }
    if (timeZone == null) {
      throw new IllegalArgumentException("site " + id + ": time zone is required");
    }
    if (officeSeats < 0) {
      throw new IllegalArgumentException("site " + id + ": officeSeats must be >= 0");
    }
  }
}
