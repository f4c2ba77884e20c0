package org.openwfm.simulator.queueing;

/**
 * Erlang A (M/M/n+M, Palm's model): Poisson arrivals, exponential handle times, n agents, first
 * come first served, and exponential patience: a waiting contact abandons at rate 1/patience.
 *
 * <p>Exact for any size and load, overloaded included. The states with all agents busy are summed
 * as the series of the incomplete gamma function (ratio {@code x / (y + j)} with {@code x = λ/θ}
 * and {@code y = nμ/θ}), walked from the empty queue until the remaining tail is below double
 * precision, with rescaling instead of logarithms so nothing overflows. The states with idle agents
 * collapse into the Erlang B value. For the service level, a contact that finds {@code j} contacts
 * waiting reaches an agent after a sum of exponential stages with rates {@code nμ + iθ}, {@code i =
 * 0..j}; the probability that this exceeds {@code t} is the regularised incomplete beta function
 * {@code I_u(y, j + 1)} with {@code u = exp(-θt)}, i.e. a negative binomial distribution function,
 * which is summed forward in {@code j} with positive terms only. Cost grows with the number of
 * queue states that matter: about the square root of {@code y} plus the overload {@code x - y}; a
 * few microseconds to a fraction of a millisecond at 10,000 agents.
 */
public final class ErlangA {

  /** Relative size of the neglected tail of every series. */
  private static final double TAIL = 1e-17;

  private static final double BIG = 1e250;
  private static final double SMALL = 1e-250;
  private static final int MAX_STATES = 200_000_000;

  private ErlangA() {}

  /**
   * Measures of a queue with the given workload, patience and agents.
   *
   * @param workload contacts, interval and handle time
   * @param patienceSeconds mean patience in seconds, {@code > 0}
   * @param agents number of agents, {@code >= 1}
   * @param slSeconds service-level threshold in seconds, {@code >= 0}
   */
  public static ErlangAResult evaluate(
      Workload workload, double patienceSeconds, int agents, double slSeconds) {
    Checks.positive("patienceSeconds", patienceSeconds);
    Checks.atLeast("agents", agents, 1);
    Checks.atLeast("slSeconds", slSeconds, 0);
    double traffic = workload.trafficErlangs();
    return fromBlocking(
        agents,
        traffic,
        workload.ahtSeconds(),
        patienceSeconds,
        slSeconds,
        ErlangB.blocking(agents, traffic));
  }

  /**
   * Builds the result when the Erlang B value is already known (staffing walks agents up one by
   * one).
   */
  static ErlangAResult fromBlocking(
      int agents,
      double traffic,
      double ahtSeconds,
      double patienceSeconds,
      double slSeconds,
      double blocking) {
    // Probability mass of the states with an idle agent relative to the state "all busy, none
    // waiting".
    double idle = (1 - blocking) / blocking;
    if (traffic == 0 || blocking == 0 || !Double.isFinite(idle)) {
      return noWait(agents, traffic, patienceSeconds, slSeconds);
    }
    double x = traffic * patienceSeconds / ahtSeconds;
    double y = agents * patienceSeconds / ahtSeconds;
    double thetaT = slSeconds / patienceSeconds;
    double u = Math.exp(-thetaT);
    double oneMinusU = -Math.expm1(-thetaT);
    // Counts of the tilted stage sum (served contacts) and of the plain one (contacts still waiting
    // at t).
    NegativeBinomialCdf servedStages = new NegativeBinomialCdf(y + 1, thetaT, oneMinusU);
    NegativeBinomialCdf waitingStages = new NegativeBinomialCdf(y, thetaT, oneMinusU);

    double weight = 1;
    double harmonic = 0;
    double sumWaiting = 0;
    double sumServed = 0;
    double sumAbandoned = 0;
    double sumServedWithin = 0;
    double sumStillWaiting = 0;
    double sumServedWait = 0;
    double sumQueue = 0;
    int rescales = 0;
    for (int j = 0; ; j++) {
      if (j > 0) {
        weight *= x / (y + j);
        servedStages.advance();
        waitingStages.advance();
        // Served within t after waiting, summed as sum_i P(stages = i) * (served with fewer than i
        // ahead): positive terms only, so a tiny service level keeps its relative precision.
        sumServedWithin += servedStages.pmf() * sumServed;
      }
      double denominator = y + j + 1;
      // Probability that a contact finding j waiting is served: y / (y + j + 1).
      double served = weight * y / denominator;
      harmonic += 1 / denominator;
      sumWaiting += weight;
      sumServed += served;
      sumAbandoned += weight * (j + 1) / denominator;
      sumStillWaiting += weight * waitingStages.cdf();
      sumServedWait += served * harmonic;
      sumQueue += weight * j;
      if (weight > BIG) {
        weight *= SMALL;
        sumWaiting *= SMALL;
        sumServed *= SMALL;
        sumAbandoned *= SMALL;
        sumServedWithin *= SMALL;
        sumStillWaiting *= SMALL;
        sumServedWait *= SMALL;
        sumQueue *= SMALL;
        rescales++;
      }
      if (j + 1 > x - y) {
        double ratio = x / (y + j + 1);
        double tail = weight * (j + 2) * (1 + harmonic) / ((1 - ratio) * (1 - ratio));
        double smallest = Math.min(sumWaiting, Math.min(sumQueue, sumServedWait));
        if (tail <= TAIL * smallest) {
          break;
        }
      }
      if (j > MAX_STATES) {
        throw new ArithmeticException(
            "Erlang A series did not converge for agents " + agents + ", traffic " + traffic);
      }
    }
    sumServedWithin += servedStages.upperTail(sumServedWithin / sumServed) * sumServed;
    double idleScaled = idle;
    for (int i = 0; i < rescales && idleScaled > 0; i++) {
      idleScaled *= SMALL;
    }
    double norm = idleScaled + sumWaiting;
    double pAbandon = sumAbandoned / norm;
    double answeredWithin = (idleScaled + sumServedWithin) / norm;
    // By difference: accurate to about 1e-16 absolute, which is all the excluding-short-abandons
    // service level needs.
    double abandonedWithin =
        Math.max(0, (sumWaiting - sumServedWithin - u * sumStillWaiting) / norm);
    double asa = sumServedWait * patienceSeconds / (idleScaled + sumServed);
    double queueLength = sumQueue / norm;
    return new ErlangAResult(
        agents,
        traffic,
        patienceSeconds,
        sumWaiting / norm,
        pAbandon,
        slSeconds,
        clamp(answeredWithin),
        clamp(abandonedWithin),
        asa,
        queueLength * ahtSeconds / traffic,
        Math.min(1, traffic * (1 - pAbandon) / agents),
        queueLength);
  }

  private static ErlangAResult noWait(
      int agents, double traffic, double patienceSeconds, double slSeconds) {
    return new ErlangAResult(
        agents, traffic, patienceSeconds, 0, 0, slSeconds, 1, 0, 0, 0, traffic / agents, 0);
  }

  private static double clamp(double probability) {
    return Math.max(0, Math.min(1, probability));
  }

  /**
   * Negative binomial law with {@code r} successes and success probability {@code u =
   * exp(-thetaT)}, walked forward one count at a time. Kept scaled because its first term {@code
   * u^r} underflows for large queues.
   */
  private static final class NegativeBinomialCdf {
    private static final double RESCALE = 1e100;
    private static final double LOG_RESCALE = Math.log(RESCALE);

    private final double r;
    private final double oneMinusU;
    private final double mode;
    private int count;
    private double pmf = 1;
    private double cdf = 1;
    private double logScale;
    private double factor;

    NegativeBinomialCdf(double r, double thetaT, double oneMinusU) {
      this.r = r;
      this.oneMinusU = oneMinusU;
      this.mode = (r - 1) * oneMinusU / (1 - oneMinusU);
      this.logScale = -r * thetaT;
      this.factor = Math.exp(logScale);
    }

    /** Probability of the current count. */
    double pmf() {
      return pmf * factor;
    }

    /** Probability of at most the current count. */
    double cdf() {
      return Math.min(1, cdf * factor);
    }

    void advance() {
      count++;
      pmf *= oneMinusU * (r + count - 1) / count;
      cdf += pmf;
      if (cdf > RESCALE) {
        pmf /= RESCALE;
        cdf /= RESCALE;
        logScale += LOG_RESCALE;
        factor = Math.exp(logScale);
      }
    }

    /**
     * Probability of more than the current count, to a precision relative to itself plus {@code
     * besides} (what it will be added to); walks on, so call it last.
     */
    double upperTail(double besides) {
      double below = cdf();
      if (below < 0.5) {
        return 1 - below;
      }
      double tail = 0;
      while (true) {
        advance();
        double p = pmf();
        tail += p;
        if (count > mode && p <= TAIL * (tail + besides)) {
          return tail;
        }
      }
    }
  }
}
