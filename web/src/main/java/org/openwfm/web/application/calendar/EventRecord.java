package org.openwfm.web.application.calendar;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One parsed line of an Events CSV file.
 *
 * @param line 1-based line number in the file
 * @param dateFrom first day, inclusive
 * @param dateTo last day, inclusive
 * @param kind the category whose effect the forecaster learns (holiday, promotion, outage, ...)
 * @param name a human name, e.g. "Valentine's promotion"
 * @param queue the queue code the event concerns; empty for every queue
 * @param factor a planner's multiplier of the daily volume that wins over the learned effect
 */
public record EventRecord(
    int line,
    LocalDate dateFrom,
    LocalDate dateTo,
    String kind,
    String name,
    Optional<String> queue,
    OptionalDouble factor) {}
