package org.openwfm.simulator.queueing.deferred;

import java.time.LocalDateTime;

/**
 * Contacts arriving at a deferred-work queue in one open interval.
 *
 * @param start start of the interval, local date-time of the queue
 * @param offered contacts arriving in the interval, {@code >= 0}
 * @param ahtSeconds average handle time of these contacts in seconds, {@code > 0}
 */
public record DeferredInterval(LocalDateTime start, double offered, double ahtSeconds) {

  public DeferredInterval {
    if (start == null) {
      throw new IllegalArgumentException("start is required");
    }
    if (!(offered >= 0) || Double.isInfinite(offered)) {
      throw new IllegalArgumentException("offered must be a finite number >= 0, got " + offered);
    }
    if (!(ahtSeconds > 0) || Double.isInfinite(ahtSeconds)) {
      throw new IllegalArgumentException(
          "ahtSeconds must be a finite number > 0, got " + ahtSeconds);
    }
  }
}
