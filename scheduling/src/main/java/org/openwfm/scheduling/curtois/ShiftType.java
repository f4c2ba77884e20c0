package org.openwfm.scheduling.curtois;

import java.util.Set;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * A shift type of a benchmark instance, such as {@code D} (day) or {@code N} (night).
 *
 * <p>Identity is the {@link #id()}; two shift types of one instance never share an id. Instances
 * are compared by reference in the solver for speed, so build each shift type once per instance.
 */
public final class ShiftType {

  private final String id;
  private final int index;
  private final int minutes;
  private final Set<String> forbiddenSuccessorIds;

  /**
   * Creates a shift type.
   *
   * @param id the shift type's id in the instance file, non-blank
   * @param index position of the shift type in the instance, from 0
   * @param minutes length of the shift in minutes, at least 1
   * @param forbiddenSuccessorIds ids of the shift types that may not be worked on the day after
   *     this one
   */
  public ShiftType(String id, int index, int minutes, Set<String> forbiddenSuccessorIds) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("Shift type id must not be blank.");
    }
    if (index < 0) {
      throw new IllegalArgumentException("Shift type " + id + ": index must be >= 0, was " + index);
    }
    if (minutes < 1) {
      throw new IllegalArgumentException(
          "Shift type " + id + ": length must be at least 1 minute, was " + minutes);
    }
    this.id = id;
    this.index = index;
    this.minutes = minutes;
    this.forbiddenSuccessorIds = Set.copyOf(forbiddenSuccessorIds);
  }

  @PlanningId
  public String id() {
    return id;
  }

  /** Position of this shift type in the instance, from 0. */
  public int index() {
    return index;
  }

  /** Length in minutes. */
  public int minutes() {
    return minutes;
  }

  /** Ids of the shift types that may not be worked on the day after this shift type. */
  public Set<String> forbiddenSuccessorIds() {
    return forbiddenSuccessorIds;
  }

  /** Whether {@code next} may not be worked on the day after this shift type. */
  public boolean forbidsSuccessor(ShiftType next) {
    return forbiddenSuccessorIds.contains(next.id);
  }

  @Override
  public String toString() {
    return id;
  }
}
