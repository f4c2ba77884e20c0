package org.openwfm.scheduling.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The JSON problem format, field by field (see docs/scheduling.md). Optional fields may be absent
 * or null; {@link ProblemReader} validates everything and names the offending field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDocument(
    String name,
    String start,
    Integer weeks,
    String timeZone,
    Rules rules,
    Map<String, String> weights,
    List<QueueDoc> queues,
    List<SiteDoc> sites,
    List<ContractDoc> contracts,
    List<AgentDoc> agents,
    List<RequirementDoc> requirements,
    List<PlannedDayDoc> previous) {

  /** Break placement and late-shift threshold; every field optional. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Rules(
      Integer breakMinutes,
      Integer breakEveryMinutes,
      Integer lunchMinutes,
      Integer lunchFromShiftMinutes,
      Integer lunchEarliestMinutes,
      Integer lunchLatestMinutes,
      String lateShiftEndsAfter) {}

  /** A queue; {@code minSkillLevel} defaults to 1. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record QueueDoc(String id, Integer minSkillLevel) {}

  /** A site with its time zone and office seats. */
  public record SiteDoc(String id, String timeZone, Integer officeSeats) {}

  /** A contract; hours are paid hours per week, lengths include lunch. */
  public record ContractDoc(
      String id,
      Double minHoursPerWeek,
      Double maxHoursPerWeek,
      Integer maxConsecutiveDays,
      Double minRestHours,
      List<Integer> shiftLengthsMinutes) {}

  /** Local availability on the listed weekdays (MONDAY ... SUNDAY), "HH:mm" to "HH:mm". */
  public record AvailabilityDoc(List<String> days, String from, String to) {}

  /** A local time window "HH:mm" to "HH:mm" ("24:00" allowed as end). */
  public record WindowDoc(String from, String to) {}

  /** An agent. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AgentDoc(
      String id,
      String contract,
      String workMode,
      String site,
      String timeZone,
      Map<String, Integer> skills,
      Integer officeDaysPerWeek,
      List<AvailabilityDoc> availability,
      List<String> timeOff,
      List<String> preferredDaysOff,
      WindowDoc preferredStart,
      WindowDoc allowedLocalHours,
      Integer previousConsecutiveDays) {}

  /**
   * Agents required on one queue for one local date of the centre's time zone: 96 values, one per
   * 15-minute interval from 00:00.
   */
  public record RequirementDoc(String queue, String date, List<Double> agents) {}

  /** A day of an earlier schedule; {@code start} absent or null means a day off. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlannedDayDoc(
      String agent, String date, String start, Integer minutes, String location, Boolean published) {}
}
