package org.openwfm.simulator.des;

/**
 * A reported quantity of a queue over a range of intervals. Counts are per day over the range (per
 * interval when the range is one interval); ratios and means are over all contacts of the range.
 */
public enum QueueMetric {
  OFFERED("offered"),
  SERVED("served"),
  ABANDONED("abandoned"),
  ANSWERED_WITHIN_THRESHOLD("answered_within_threshold"),
  SERVICE_LEVEL("service_level"),
  SERVICE_LEVEL_ABANDON_AWARE("service_level_abandon_aware"),
  SERVICE_LEVEL_OFFERED("service_level_offered"),
  ASA_SECONDS("asa_seconds"),
  MEAN_TIME_TO_ABANDON_SECONDS("mean_time_to_abandon_seconds"),
  ABANDONED_AFTER_THRESHOLD("abandoned_after_threshold"),
  BALKED("balked"),
  ARRIVALS("arrivals"),
  SELF_SERVED("self_served"),
  DEFLECTED("deflected"),
  REPEATS("repeats"),
  RETRIALS("retrials"),
  CALLBACKS("callbacks"),
  BACKLOG_END("backlog_end"),
  UNSERVED("unserved");

  private final String jsonName;

  QueueMetric(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The field name in the JSON report. */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The value for queue {@code q} (or {@link ReplicationResult#ALL_QUEUES}) over intervals {@code
   * [from, to)} of one replication; counts are divided by {@code perDays}.
   */
  public double of(ReplicationResult r, int q, int from, int to, double perDays) {
    return switch (this) {
      case OFFERED -> count(r, q, from, to, QueueCounter.OFFERED) / perDays;
      case SERVED -> count(r, q, from, to, QueueCounter.SERVED) / perDays;
      case ABANDONED -> count(r, q, from, to, QueueCounter.ABANDONED) / perDays;
      case ANSWERED_WITHIN_THRESHOLD ->
          count(r, q, from, to, QueueCounter.ANSWERED_WITHIN_THRESHOLD) / perDays;
      case SERVICE_LEVEL ->
          ratio(
              count(r, q, from, to, QueueCounter.ANSWERED_WITHIN_THRESHOLD),
              count(r, q, from, to, QueueCounter.SERVED));
      case SERVICE_LEVEL_ABANDON_AWARE ->
          ratio(
              count(r, q, from, to, QueueCounter.ANSWERED_WITHIN_THRESHOLD),
              count(r, q, from, to, QueueCounter.SERVED)
                  + count(r, q, from, to, QueueCounter.ABANDONED_AFTER_THRESHOLD));
      case SERVICE_LEVEL_OFFERED ->
          ratio(
              count(r, q, from, to, QueueCounter.ANSWERED_WITHIN_THRESHOLD),
              count(r, q, from, to, QueueCounter.OFFERED));
      case ASA_SECONDS ->
          ratio(
              count(r, q, from, to, QueueCounter.WAIT_SERVED),
              count(r, q, from, to, QueueCounter.SERVED));
      case MEAN_TIME_TO_ABANDON_SECONDS ->
          ratio(
              count(r, q, from, to, QueueCounter.WAIT_ABANDONED),
              count(r, q, from, to, QueueCounter.ABANDONED));
      case ABANDONED_AFTER_THRESHOLD ->
          count(r, q, from, to, QueueCounter.ABANDONED_AFTER_THRESHOLD) / perDays;
      case BALKED -> count(r, q, from, to, QueueCounter.BALKED) / perDays;
      case ARRIVALS -> count(r, q, from, to, QueueCounter.ARRIVALS) / perDays;
      case SELF_SERVED -> count(r, q, from, to, QueueCounter.SELF_SERVED) / perDays;
      case DEFLECTED -> count(r, q, from, to, QueueCounter.DEFLECTED) / perDays;
      case REPEATS -> count(r, q, from, to, QueueCounter.REPEATS) / perDays;
      case RETRIALS -> count(r, q, from, to, QueueCounter.RETRIALS) / perDays;
      case CALLBACKS -> count(r, q, from, to, QueueCounter.CALLBACKS) / perDays;
      case BACKLOG_END -> r.counter(q, to - 1, to, QueueCounter.BACKLOG);
      case UNSERVED -> count(r, q, from, to, QueueCounter.UNSERVED) / perDays;
    };
  }

  private static double count(ReplicationResult r, int q, int from, int to, QueueCounter c) {
    return r.counter(q, from, to, c);
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? Double.NaN : numerator / denominator;
  }
}
