package org.openwfm.simulator.des.scenario;

import java.util.Arrays;
import java.util.Optional;
import org.openwfm.simulator.des.random.Distribution;

/**
 * A queue (a channel and skill line).
 *
 * @param id unique name, e.g. {@code voice-et}
 * @param channel the channel, which decides behaviour (abandonment, concurrency, backlog)
 * @param arrivals expected contacts per interval (Poisson), either one day of intervals repeated
 *     every day or every interval of the horizon; empty when {@code arrivalTimes} replays given
 *     arrivals
 * @param handleTime talk (or work) time of one contact, seconds
 * @param afterContactWork wrap-up after the contact, seconds; the agent stays busy
 * @param patience time a waiting customer accepts before abandoning, seconds; empty means never
 * @param serviceLevelThresholdSeconds acceptable wait (for e-mail and social: the deadline),
 *     seconds
 * @param priority routing priority for {@code QUEUE_PRIORITY} contact selection, lower first
 * @param ivrSelfServiceShare share of arrivals resolved in the IVR without reaching the queue
 * @param botDeflectionShare share of the remaining arrivals resolved by a bot
 * @param balkProbability probability that a customer who finds no free agent leaves at once
 * @param retrial retrials of abandoned or balked customers
 * @param callback callback offer when the expected wait is long
 * @param firstContactResolution share resolved at first contact and the delay of repeats
 * @param affinitySeconds how long a repeat contact waits for the agent who served it before (0: no
 *     affinity)
 * @param arrivalTimes arrival times in seconds from the start of the horizon to replay instead of
 *     Poisson arrivals (e.g. a recorded day, or a small hand-checkable case); empty for Poisson
 *     arrivals
 * @param handleTimeMeans mean handle time of each interval of the horizon (e.g. the forecast's
 *     AHT), seconds: draws of {@code handleTime} are scaled to it; NaN for an interval keeps the
 *     distribution's own mean; empty when handle times do not vary by interval
 */
public record QueueSpec(
    String id,
    Channel channel,
    double[] arrivals,
    Distribution handleTime,
    Distribution afterContactWork,
    Optional<Distribution> patience,
    double serviceLevelThresholdSeconds,
    int priority,
    double ivrSelfServiceShare,
    double botDeflectionShare,
    double balkProbability,
    Retrial retrial,
    Callback callback,
    FirstContactResolution firstContactResolution,
    double affinitySeconds,
    double[] arrivalTimes,
    double[] handleTimeMeans) {

  public QueueSpec {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("queue id must be a non-empty string");
    }
    arrivals = arrivals.clone();
    for (int i = 0; i < arrivals.length; i++) {
      if (!(arrivals[i] >= 0) || Double.isInfinite(arrivals[i])) {
        throw new IllegalArgumentException(
            "queue " + id + ": arrivals[" + i + "] must be a number >= 0, got " + arrivals[i]);
      }
    }
    if (!(serviceLevelThresholdSeconds >= 0)) {
      throw new IllegalArgumentException("queue " + id + ": service-level threshold must be >= 0");
    }
    Scenario.requireProbability(ivrSelfServiceShare, "queue " + id + ": IVR self-service share");
    Scenario.requireProbability(botDeflectionShare, "queue " + id + ": bot deflection share");
    Scenario.requireProbability(balkProbability, "queue " + id + ": balk probability");
    handleTimeMeans = handleTimeMeans.clone();
    for (double mean : handleTimeMeans) {
      if (!(mean > 0) && !Double.isNaN(mean)) {
        throw new IllegalArgumentException(
            "queue " + id + ": handle time means must be positive seconds (or NaN), got " + mean);
      }
    }
    arrivalTimes = arrivalTimes.clone();
    Arrays.sort(arrivalTimes);
    if (arrivalTimes.length > 0 && !(arrivalTimes[0] >= 0)) {
      throw new IllegalArgumentException("queue " + id + ": arrival times must be >= 0 seconds");
    }
    if (arrivalTimes.length > 0 && arrivals.length > 0) {
      throw new IllegalArgumentException(
          "queue " + id + ": give either arrivals per interval or arrival times, not both");
    }
    if (!(affinitySeconds >= 0)) {
      throw new IllegalArgumentException("queue " + id + ": affinity seconds must be >= 0");
    }
  }

  @Override
  public double[] arrivals() {
    return arrivals.clone();
  }

  @Override
  public double[] arrivalTimes() {
    return arrivalTimes.clone();
  }

  @Override
  public double[] handleTimeMeans() {
    return handleTimeMeans.clone();
  }

  /** The factor that scales handle-time draws of contacts arriving in the given interval. */
  public double handleTimeScale(int interval) {
    if (handleTimeMeans.length == 0) {
      return 1;
    }
    double mean = handleTimeMeans[interval % handleTimeMeans.length];
    return Double.isNaN(mean) ? 1 : mean / handleTime.mean();
  }

  /** Whether arrivals replay {@link #arrivalTimes()} rather than follow a Poisson process. */
  public boolean replaysArrivals() {
    return arrivalTimes.length > 0;
  }

  /**
   * Expected arrivals in the given interval of the horizon (the day profile repeats if shorter).
   */
  public double arrivalsIn(int interval) {
    return arrivals[interval % arrivals.length];
  }

  // Arrays are compared by content so that equal specs are equal values.
  @Override
  public boolean equals(Object other) {
    return other instanceof QueueSpec q
        && id.equals(q.id)
        && channel == q.channel
        && Arrays.equals(arrivals, q.arrivals)
        && handleTime.equals(q.handleTime)
        && afterContactWork.equals(q.afterContactWork)
        && patience.equals(q.patience)
        && serviceLevelThresholdSeconds == q.serviceLevelThresholdSeconds
        && priority == q.priority
        && ivrSelfServiceShare == q.ivrSelfServiceShare
        && botDeflectionShare == q.botDeflectionShare
        && balkProbability == q.balkProbability
        && retrial.equals(q.retrial)
        && callback.equals(q.callback)
        && firstContactResolution.equals(q.firstContactResolution)
        && affinitySeconds == q.affinitySeconds
        && Arrays.equals(arrivalTimes, q.arrivalTimes)
        && Arrays.equals(handleTimeMeans, q.handleTimeMeans);
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + Arrays.hashCode(arrivals);
  }

  @Override
  public String toString() {
    return "QueueSpec[id="
        + id
        + ", channel="
        + channel
        + ", intervals="
        + arrivals.length
        + ", arrivalTimes="
        + arrivalTimes.length
        + ", handleTime="
        + handleTime
        + "]";
  }
}
