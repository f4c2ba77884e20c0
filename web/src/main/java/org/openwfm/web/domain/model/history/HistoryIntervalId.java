package org.openwfm.web.domain.model.history;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** Primary key of {@link HistoryInterval}: the queue and the interval's local start time. */
public class HistoryIntervalId implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long queue;
  private LocalDateTime intervalStart;

  public HistoryIntervalId() {}

  public HistoryIntervalId(Long queue, LocalDateTime intervalStart) {
    this.queue = queue;
    this.intervalStart = intervalStart;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HistoryIntervalId other
        && Objects.equals(queue, other.queue)
        && Objects.equals(intervalStart, other.intervalStart);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queue, intervalStart);
  }
}
