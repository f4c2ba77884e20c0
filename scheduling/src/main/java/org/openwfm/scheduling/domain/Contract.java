package org.openwfm.scheduling.domain;

import java.util.List;

/**
 * An agent's contract: paid minutes per week (lunch unpaid, short breaks paid), the longest run of
 * consecutive working days, the minimum rest between two shifts and the shift lengths it allows
 * (including lunch).
 */
public record Contract(
    String id,
    int minMinutesPerWeek,
    int maxMinutesPerWeek,
    int maxConsecutiveDays,
    int minRestMinutes,
    List<Integer> shiftLengthsMinutes) {

  public Contract {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("contract id is required");
    }
    if (minMinutesPerWeek < 0 || maxMinutesPerWeek < minMinutesPerWeek) {
      throw new IllegalArgumentException(
          "contract " + id + ": need 0 <= minimum hours <= maximum hours per week");
    }
    if (maxConsecutiveDays < 1 || maxConsecutiveDays > 7 * 6) {
      throw new IllegalArgumentException(
          "contract " + id + ": maxConsecutiveDays must be at least 1");
    }
    if (minRestMinutes < 0 || minRestMinutes > 24 * 60) {
      throw new IllegalArgumentException(
          "contract " + id + ": minimum rest must be between 0 and 24 hours");
    }
    shiftLengthsMinutes = List.copyOf(shiftLengthsMinutes);
    if (shiftLengthsMinutes.isEmpty()) {
      throw new IllegalArgumentException("contract " + id + ": at least one shift length needed");
    }
    for (int length : shiftLengthsMinutes) {
      if (length <= 0 || length % 15 != 0 || length > 14 * 60) {
        throw new IllegalArgumentException(
            "contract "
                + id
                + ": shift length "
                + length
                + " must be a positive multiple of 15 minutes up to 14 hours");
      }
    }
  }
}
