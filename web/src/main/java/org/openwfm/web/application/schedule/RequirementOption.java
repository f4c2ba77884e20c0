package org.openwfm.web.application.schedule;

import java.time.LocalDate;
import java.util.Optional;

/** A requirement a schedule can be generated from, with the first and last local day it covers. */
public record RequirementOption(long id, String name, Optional<LocalDate> firstDay, Optional<LocalDate> lastDay) {

  public String label() {
    return "#" + id + " " + name + firstDay.map(d -> " (" + d + " – " + lastDay.map(LocalDate::toString).orElse("")
        + ")").orElse("");
  }
}
