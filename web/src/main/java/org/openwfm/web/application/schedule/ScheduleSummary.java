package org.openwfm.web.application.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A schedule's header as lists and the API show it.
 *
 * @param state GENERATING, DRAFT, PUBLISHED or FAILED
 * @param score OptaPlanner's score, e.g. "0hard/-12345soft" (hard 0 means no hard rule is broken)
 * @param shortShare share of the requirement (agent-hours) left uncovered, 0 to 1
 * @param createdAt UTC
 * @param version optimistic-lock version of the header
 */
public record ScheduleSummary(
    long id,
    String name,
    long requirementId,
    String requirementName,
    LocalDate firstDay,
    LocalDate lastDay,
    int weeks,
    String state,
    Optional<LocalDate> publishedUntil,
    Optional<String> score,
    Optional<Double> shortShare,
    String createdBy,
    LocalDateTime createdAt,
    long shiftCount,
    long version) {

  /** Whether no hard rule is broken (false while there is no score). */
  public boolean feasible() {
    return score.map(s -> s.startsWith("0hard")).orElse(false);
  }
}
