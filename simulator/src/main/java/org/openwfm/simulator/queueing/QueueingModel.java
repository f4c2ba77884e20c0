package org.openwfm.simulator.queueing;

/**
 * The analytic model of one queue: Erlang C (contacts wait as long as it takes) or Erlang A
 * (contacts abandon after an exponential patience).
 */
public sealed interface QueueingModel {

  /** Erlang C: no abandonment. */
  static QueueingModel erlangC() {
    return WithoutAbandonment.INSTANCE;
  }

  /**
   * Erlang A.
   *
   * @param patienceSeconds mean patience in seconds, {@code > 0}
   */
  static QueueingModel erlangA(double patienceSeconds) {
    return new WithAbandonment(patienceSeconds);
  }

  /**
   * Measures with the given number of servers.
   *
   * @param workload contacts, interval and handle time
   * @param servers number of servers, {@code >= 1}
   * @param slSeconds service-level threshold in seconds
   */
  QueueMetrics evaluate(Workload workload, int servers, double slSeconds);

  /** Short name for reports: {@code c} or {@code a}. */
  String code();

  /** Erlang C. */
  record WithoutAbandonment() implements QueueingModel {
    private static final WithoutAbandonment INSTANCE = new WithoutAbandonment();

    @Override
    public QueueMetrics evaluate(Workload workload, int servers, double slSeconds) {
      return ErlangC.evaluate(workload, servers, slSeconds);
    }

    @Override
    public String code() {
      return "c";
    }
  }

  /**
   * Erlang A.
   *
   * @param patienceSeconds mean patience in seconds, {@code > 0}
   */
  record WithAbandonment(double patienceSeconds) implements QueueingModel {
    public WithAbandonment {
      Checks.positive("patienceSeconds", patienceSeconds);
    }

    @Override
    public QueueMetrics evaluate(Workload workload, int servers, double slSeconds) {
      return ErlangA.evaluate(workload, patienceSeconds, servers, slSeconds);
    }

    @Override
    public String code() {
      return "a";
    }
  }
}
