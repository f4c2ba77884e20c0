package org.openwfm.simulator.queueing.deferred;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Staffing of deferred work (e-mail, social) to a deadline with the least agent time.
 *
 * <p>Model: work is a fluid measured in agent-seconds (contacts times their AHT) and is answered
 * first in, first out; an agent answers one interval's length of work per interval. Contacts of an
 * interval become workable during that interval and are due {@code deadlineSeconds} after the
 * interval start (an early, safe reading for contacts arriving late in the interval). The target
 * "95% within 8 hours" means that by the end of the last open interval before each interval's
 * deadline, everything that arrived before that interval plus 95% of its own contacts has been
 * answered. Open intervals are those given; gaps between them are closed hours, and the backlog
 * waits through them to the next open interval or day.
 *
 * <p>The plan is lazy: every open interval runs the minimum staffing, which works the backlog down,
 * and agents are added only in the last interval where a deadline still allows it, exactly enough
 * to meet it. With fractional agents no plan meeting the deadlines uses less agent time: any
 * feasible plan has answered at least as much by every interval end, and the lazy one adds agents
 * only where a deadline binds, so the minimum staffing works the backlog wherever it can. The plan
 * with whole agents rounds up in each binding interval and carries the surplus (at most one agent
 * more than needed in each binding interval). Deadlines beyond the last interval do not constrain
 * the plan; such backlog is reported.
 */
public final class DeferredWorkPlanner {

  private DeferredWorkPlanner() {}

  /**
   * Plans one queue.
   *
   * @param intervals open intervals in time order, without overlap (gaps are closed hours)
   * @param intervalSeconds length of every interval, seconds, {@code > 0}
   * @param policy deadline, target, clock, minimum staffing and initial backlog
   * @return one requirement per interval, in the same order
   */
  public static List<DeferredRequirement> plan(
      List<DeferredInterval> intervals, double intervalSeconds, DeferredWorkPolicy policy) {
    if (!(intervalSeconds > 0) || Double.isInfinite(intervalSeconds)) {
      throw new IllegalArgumentException(
          "intervalSeconds must be a finite number > 0, got " + intervalSeconds);
    }
    int count = intervals.size();
    if (count == 0) {
      return List.of();
    }
    long[] starts = new long[count];
    for (int i = 0; i < count; i++) {
      starts[i] = intervals.get(i).start().toEpochSecond(ZoneOffset.UTC);
      if (i > 0 && starts[i] < starts[i - 1] + intervalSeconds) {
        throw new IllegalArgumentException(
            "intervals must be in time order without overlap: interval "
                + i
                + " starts at "
                + intervals.get(i).start()
                + ", before the end of the one at "
                + intervals.get(i - 1).start());
      }
    }

    // Cumulative work in agent-seconds: before each cohort and through it.
    double[] before = new double[count];
    double[] through = new double[count];
    double[] contactsThrough = new double[count];
    double initialWork = policy.initialBacklog() * intervals.get(0).ahtSeconds();
    double work = initialWork;
    double contacts = policy.initialBacklog();
    for (int i = 0; i < count; i++) {
      before[i] = work;
      work += intervals.get(i).offered() * intervals.get(i).ahtSeconds();
      contacts += intervals.get(i).offered();
      through[i] = work;
      contactsThrough[i] = contacts;
    }

    int[] deadline = new int[count];
    double[] due = new double[count];
    for (int i = 0; i < count; i++) {
      deadline[i] = deadlineInterval(i, starts, intervalSeconds, policy);
      if (deadline[i] >= 0) {
        double cohort = through[i] - before[i];
        due[deadline[i]] = Math.max(due[deadline[i]], before[i] + policy.targetFraction() * cohort);
      }
    }
    for (int m = 1; m < count; m++) {
      due[m] = Math.max(due[m], due[m - 1]);
    }

    double[] fractional = lazyPlan(due, through, intervalSeconds, policy.minAgents(), false);
    double[] whole = lazyPlan(due, through, intervalSeconds, policy.minAgents(), true);
    double[] answered = answeredThrough(whole, through, intervalSeconds);

    WorkToContacts converter = new WorkToContacts(initialWork, policy.initialBacklog(), intervals);
    List<DeferredRequirement> result = new ArrayList<>(count);
    double answeredBefore = 0;
    double contactsAnsweredBefore = 0;
    for (int m = 0; m < count; m++) {
      DeferredInterval interval = intervals.get(m);
      double processed = answered[m] - answeredBefore;
      double contactsAnswered = converter.contactsAt(answered[m]);
      double capacity = whole[m] * intervalSeconds;
      OptionalDouble within = OptionalDouble.empty();
      double cohort = through[m] - before[m];
      if (deadline[m] >= 0 && cohort > 0) {
        double done = (answered[deadline[m]] - before[m]) / cohort;
        within = OptionalDouble.of(Math.max(0, Math.min(1, done)));
      }
      result.add(
          new DeferredRequirement(
              interval.start(),
              interval.offered(),
              fractional[m],
              (int) whole[m],
              contactsAnswered - contactsAnsweredBefore,
              Math.max(0, contactsThrough[m] - contactsAnswered),
              capacity > 0 ? Math.min(1, processed / capacity) : 0,
              within));
      answeredBefore = answered[m];
      contactsAnsweredBefore = contactsAnswered;
    }
    return result;
  }

  /**
   * Index of the last open interval by whose end cohort {@code i} is due; -1 beyond the horizon.
   */
  private static int deadlineInterval(
      int i, long[] starts, double intervalSeconds, DeferredWorkPolicy policy) {
    int last = starts.length - 1;
    if (policy.clock() == DeadlineClock.OPEN_HOURS) {
      long steps = (long) Math.floor(policy.deadlineSeconds() / intervalSeconds + 1e-9);
      long m = i + Math.max(1, steps) - 1;
      return m > last ? -1 : (int) m;
    }
    double due = starts[i] + policy.deadlineSeconds();
    if (due > starts[last] + intervalSeconds + 1e-6) {
      return -1;
    }
    int low = i;
    int high = last;
    // Last interval m >= i whose end is not after the deadline; i itself when none is.
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (starts[mid] + intervalSeconds <= due + 1e-6) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** Agents per interval: the minimum staffing, topped up where a deadline binds. */
  private static double[] lazyPlan(
      double[] due, double[] through, double intervalSeconds, int minAgents, boolean whole) {
    double[] agents = new double[due.length];
    double answered = 0;
    for (int m = 0; m < due.length; m++) {
      double needed = Math.max(0, due[m] - answered) / intervalSeconds;
      double staff = whole ? Math.ceil(needed - 1e-9) : needed;
      agents[m] = Math.max(minAgents, staff);
      answered += Math.min(agents[m] * intervalSeconds, through[m] - answered);
    }
    return agents;
  }

  /** Cumulative work answered through each interval by the given agents. */
  private static double[] answeredThrough(
      double[] agents, double[] through, double intervalSeconds) {
    double[] answered = new double[agents.length];
    double total = 0;
    for (int m = 0; m < agents.length; m++) {
      total += Math.min(agents[m] * intervalSeconds, through[m] - total);
      answered[m] = total;
    }
    return answered;
  }

  /** Converts cumulative answered work to cumulative answered contacts, first in first out. */
  private static final class WorkToContacts {
    private final double[] workEnds;
    private final double[] contactEnds;
    private final double[] ahts;
    private int cohort;

    WorkToContacts(double initialWork, double initialContacts, List<DeferredInterval> intervals) {
      int count = intervals.size() + 1;
      workEnds = new double[count];
      contactEnds = new double[count];
      ahts = new double[count];
      workEnds[0] = initialWork;
      contactEnds[0] = initialContacts;
      ahts[0] = intervals.get(0).ahtSeconds();
      for (int i = 1; i < count; i++) {
        DeferredInterval interval = intervals.get(i - 1);
        workEnds[i] = workEnds[i - 1] + interval.offered() * interval.ahtSeconds();
        contactEnds[i] = contactEnds[i - 1] + interval.offered();
        ahts[i] = interval.ahtSeconds();
      }
    }

    /** Contacts answered once {@code work} agent-seconds are answered; calls must not decrease. */
    double contactsAt(double work) {
      while (cohort < workEnds.length - 1 && work > workEnds[cohort]) {
        cohort++;
      }
      double workStart = cohort == 0 ? 0 : workEnds[cohort - 1];
      double contactStart = cohort == 0 ? 0 : contactEnds[cohort - 1];
      double partial = Math.max(0, Math.min(work, workEnds[cohort]) - workStart) / ahts[cohort];
      return Math.min(contactEnds[cohort], contactStart + partial);
    }
  }
}
