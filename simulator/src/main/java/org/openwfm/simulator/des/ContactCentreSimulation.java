package org.openwfm.simulator.des;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.openwfm.simulator.des.random.RandomStreams;
import org.openwfm.simulator.des.random.SubstreamSeeds;
import org.openwfm.simulator.des.scenario.AgentGroupSpec;
import org.openwfm.simulator.des.scenario.AgentShift;
import org.openwfm.simulator.des.scenario.Callback;
import org.openwfm.simulator.des.scenario.FirstContactResolution;
import org.openwfm.simulator.des.scenario.QueueSpec;
import org.openwfm.simulator.des.scenario.Retrial;
import org.openwfm.simulator.des.scenario.Routing;
import org.openwfm.simulator.des.scenario.Scenario;
import org.openwfm.simulator.des.scenario.Skill;
import umontreal.ssj.rng.RandomStream;

/**
 * One replication of a scenario: its own clock, event list, agents, queues and random streams
 * (substream {@code replication} of every named stream, so the result depends only on the seed and
 * the replication index). Use once: construct, then {@link #run()}. Not thread-safe; run
 * replications as separate objects.
 *
 * <p>Time is in seconds from the start of the horizon. Occupancy integrals are clipped to the
 * horizon; contact counts go to the interval in which the contact entered the queue.
 */
public final class ContactCentreSimulation {
  private static final int INTERVAL = 0;
  private static final int ARRIVAL = 1;
  private static final int END_WORK = 2;
  private static final int ABANDON = 3;
  private static final int OVERFLOW = 4;
  private static final int AFFINITY_EXPIRED = 5;
  private static final int RETURN = 6;
  private static final int SHIFT_START = 7;
  private static final int SHIFT_END = 8;
  private static final int BREAK_START = 9;
  private static final int BREAK_END = 10;
  private static final int REPLAYED_ARRIVAL = 11;
  private static final int RETURN_RETRIAL = 0;
  private static final int RETURN_REPEAT = 1;

  private static final int C = QueueCounter.COUNT;
  private static final int ARRIVALS = QueueCounter.ARRIVALS.ordinal();
  private static final int SELF_SERVED = QueueCounter.SELF_SERVED.ordinal();
  private static final int DEFLECTED = QueueCounter.DEFLECTED.ordinal();
  private static final int OFFERED = QueueCounter.OFFERED.ordinal();
  private static final int REPEATS = QueueCounter.REPEATS.ordinal();
  private static final int RETRIALS = QueueCounter.RETRIALS.ordinal();
  private static final int SERVED = QueueCounter.SERVED.ordinal();
  private static final int ABANDONED = QueueCounter.ABANDONED.ordinal();
  private static final int BALKED = QueueCounter.BALKED.ordinal();
  private static final int ABANDONED_LATE = QueueCounter.ABANDONED_AFTER_THRESHOLD.ordinal();
  private static final int ANSWERED = QueueCounter.ANSWERED_WITHIN_THRESHOLD.ordinal();
  private static final int CALLBACKS = QueueCounter.CALLBACKS.ordinal();
  private static final int WAIT_SERVED = QueueCounter.WAIT_SERVED.ordinal();
  private static final int WAIT_ABANDONED = QueueCounter.WAIT_ABANDONED.ordinal();
  private static final int BACKLOG = QueueCounter.BACKLOG.ordinal();
  private static final int UNSERVED = QueueCounter.UNSERVED.ordinal();

  private final Scenario scenario;
  private final EventList events = new EventList();
  private final QueueState[] queues;
  private final GroupState[] groups;
  private final Agent[] agents;
  private final AgentSelection agentSelection;
  private final ContactSelection contactSelection;
  private final LastAgentAffinity affinity;
  private final OverflowAfterDelay overflow;
  private final RandomStream busynessStream;
  private final double intervalSeconds;
  private final double horizon;
  private final int intervals;
  private final int intervalsPerDay;
  private final double[] counters;
  private final double[] busySeconds;
  private final double[] presentSeconds;
  private final double[] handled;

  private double now;
  private int interval;
  private double dayFactor = 1;
  private long executed;
  private boolean ran;

  /**
   * @param scenario the scenario
   * @param seed the base seed of the named random streams
   * @param replication the replication index, which selects the substream (>= 0)
   */
  public ContactCentreSimulation(Scenario scenario, long seed, int replication) {
    this(scenario, new SubstreamSeeds(seed), replication);
  }

  /**
   * A replication whose random substreams come from a table shared with the other replications of a
   * run.
   *
   * @param scenario the scenario
   * @param seeds substream states of the base seed, shared across replications
   * @param replication the replication index, which selects the substream (>= 0)
   */
  public ContactCentreSimulation(Scenario scenario, SubstreamSeeds seeds, int replication) {
    this.scenario = scenario;
    RandomStreams streams = new RandomStreams(seeds, replication);
    this.intervalSeconds = scenario.intervalSeconds();
    this.horizon = scenario.horizonSeconds();
    this.intervals = scenario.intervals();
    this.intervalsPerDay = scenario.intervalsPerDay();
    this.busynessStream = streams.stream("busyness");

    Map<String, Integer> queueIndex = new HashMap<>();
    for (int q = 0; q < scenario.queues().size(); q++) {
      queueIndex.put(scenario.queues().get(q).id(), q);
    }
    List<AgentGroupSpec> groupSpecs = scenario.agentGroups();
    int totalAgents = 0;
    List<Map<String, List<AgentShift>>> shiftsByAgent = new ArrayList<>();
    for (AgentGroupSpec spec : groupSpecs) {
      Map<String, List<AgentShift>> byAgent = new LinkedHashMap<>();
      for (AgentShift shift : spec.shifts()) {
        byAgent.computeIfAbsent(shift.agent(), k -> new ArrayList<>()).add(shift);
      }
      shiftsByAgent.add(byAgent);
      totalAgents +=
          spec.shifts().isEmpty()
              ? Arrays.stream(spec.agentsPerInterval()).max().orElse(0)
              : byAgent.size();
    }
    groups = new GroupState[groupSpecs.size()];
    agents = new Agent[totalAgents];
    int nextAgent = 0;
    for (int g = 0; g < groups.length; g++) {
      AgentGroupSpec spec = groupSpecs.get(g);
      List<Skill> skills = spec.skills();
      int[] skillQueues = new int[skills.size()];
      int[] levels = new int[skills.size()];
      double[] delays = new double[skills.size()];
      for (int s = 0; s < skills.size(); s++) {
        skillQueues[s] = queueIndex.get(skills.get(s).queue());
        levels[s] = skills.get(s).level();
        delays[s] = skills.get(s).delaySeconds();
      }
      GroupState group =
          new GroupState(
              g,
              spec,
              skillQueues,
              levels,
              delays,
              totalAgents,
              streams.stream("absenteeism/" + spec.id()));
      groups[g] = group;
      int size =
          spec.shifts().isEmpty()
              ? Arrays.stream(spec.agentsPerInterval()).max().orElse(0)
              : shiftsByAgent.get(g).size();
      for (int i = 0; i < size; i++) {
        Agent agent = new Agent(nextAgent, group);
        agents[nextAgent++] = agent;
        group.agents.add(agent);
      }
    }

    queues = new QueueState[scenario.queues().size()];
    for (int q = 0; q < queues.length; q++) {
      queues[q] = buildQueue(q, scenario.queues().get(q), streams);
    }
    Routing routing = scenario.routing();
    agentSelection =
        routing.agentSelection() == Routing.AgentSelection.BEST_SKILL_LEVEL
            ? new BestSkillLevelFirst(groups, agents)
            : new LongestIdleAgent(groups, agents);
    contactSelection =
        routing.contactSelection() == Routing.ContactSelection.QUEUE_PRIORITY
            ? new QueuePriorities(queues)
            : new OldestContactFirst(queues);
    affinity = new LastAgentAffinity(this);
    overflow = new OverflowAfterDelay(this);

    counters = new double[queues.length * intervals * C];
    busySeconds = new double[groups.length * intervals];
    presentSeconds = new double[groups.length * intervals];
    handled = new double[groups.length * intervals];

    events.schedule(0, INTERVAL, 0, null);
    for (int g = 0; g < groups.length; g++) {
      int i = 0;
      for (List<AgentShift> shifts : shiftsByAgent.get(g).values()) {
        Agent agent = groups[g].agents.get(i++);
        for (AgentShift shift : shifts) {
          scheduleShift(agent, shift);
        }
      }
    }
  }

  private QueueState buildQueue(int q, QueueSpec spec, RandomStreams streams) {
    List<int[]> eligible = new ArrayList<>();
    List<Double> delays = new ArrayList<>();
    TreeSet<Double> overflow = new TreeSet<>();
    for (int g = 0; g < groups.length; g++) {
      for (int s = 0; s < groups[g].skillQueues.length; s++) {
        if (groups[g].skillQueues[s] == q) {
          eligible.add(new int[] {g, groups[g].skillLevels[s], eligible.size()});
          delays.add(groups[g].skillDelays[s]);
          if (groups[g].skillDelays[s] > 0) {
            overflow.add(groups[g].skillDelays[s]);
          }
        }
      }
    }
    // Best level first; equal levels keep the scenario's group order.
    eligible.sort(
        (a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
    int[] groupIndex = new int[eligible.size()];
    int[] levels = new int[eligible.size()];
    double[] groupDelays = new double[eligible.size()];
    for (int i = 0; i < eligible.size(); i++) {
      groupIndex[i] = eligible.get(i)[0];
      levels[i] = eligible.get(i)[1];
      groupDelays[i] = delays.get(eligible.get(i)[2]);
    }
    double[] overflowDelays = overflow.stream().mapToDouble(Double::doubleValue).toArray();
    return new QueueState(
        q, spec, groupIndex, levels, groupDelays, overflowDelays, intervals, streams);
  }

  private void scheduleShift(Agent agent, AgentShift shift) {
    if (shift.start() >= horizon) {
      return;
    }
    events.schedule(shift.start(), SHIFT_START, 0, agent);
    for (AgentShift.Pause pause : shift.breaks()) {
      events.schedule(pause.start(), BREAK_START, 0, agent);
      events.schedule(pause.end(), BREAK_END, 0, agent);
    }
    events.schedule(shift.end(), SHIFT_END, 0, agent);
  }

  /**
   * Runs the replication to the end (the horizon, then until the system has cleared). Call once.
   */
  public ReplicationResult run() {
    if (ran) {
      throw new IllegalStateException(
          "a simulation object runs once; create a new one per replication");
    }
    ran = true;
    EventList list = events;
    while (!list.isEmpty()) {
      list.pop();
      now = list.time();
      executed++;
      switch (list.kind()) {
        case ARRIVAL -> onArrival(queues[list.argument()]);
        case REPLAYED_ARRIVAL -> arrive(queues[list.argument()]);
        case END_WORK -> onEndWork((Contact) list.subject());
        case ABANDON -> onAbandon((Contact) list.subject());
        case INTERVAL -> onInterval(list.argument());
        case OVERFLOW -> overflow.due((Contact) list.subject());
        case AFFINITY_EXPIRED -> affinity.expire((Contact) list.subject());
        case RETURN -> onReturn((Contact) list.subject(), list.argument());
        case SHIFT_START -> onShiftStart((Agent) list.subject());
        case SHIFT_END -> {
          Agent agent = (Agent) list.subject();
          agent.inShift = false;
          updateShiftDuty(agent);
        }
        case BREAK_START -> {
          Agent agent = (Agent) list.subject();
          agent.onBreak = true;
          updateShiftDuty(agent);
        }
        case BREAK_END -> {
          Agent agent = (Agent) list.subject();
          agent.onBreak = false;
          updateShiftDuty(agent);
        }
        default -> throw new IllegalStateException("unknown event kind " + list.kind());
      }
    }
    countUnserved();
    return new ReplicationResult(
        queues.length,
        groups.length,
        intervals,
        counters,
        busySeconds,
        presentSeconds,
        handled,
        executed);
  }

  private void countUnserved() {
    Consumer<Contact> count =
        contact -> counters[(contact.queue.index * intervals + contact.interval) * C + UNSERVED]++;
    for (QueueState queue : queues) {
      queue.line.forEachWaiting(count);
    }
    for (Agent agent : agents) {
      if (agent.personalLine != null) {
        agent.personalLine.forEachWaiting(count);
      }
    }
  }

  /** Current simulation time, seconds. */
  double now() {
    return now;
  }

  AgentSelection agentSelection() {
    return agentSelection;
  }

  void schedule(double time, int kind, Contact contact) {
    events.schedule(time, kind, 0, contact);
  }

  static int overflowKind() {
    return OVERFLOW;
  }

  static int affinityExpiredKind() {
    return AFFINITY_EXPIRED;
  }

  // ---- intervals, days and staffing

  private void onInterval(int k) {
    for (GroupState group : groups) {
      flush(group);
    }
    if (k > 0) {
      for (QueueState queue : queues) {
        counters[(queue.index * intervals + k - 1) * C + BACKLOG] = queue.waiting;
      }
    }
    interval = k;
    if (k == intervals) {
      return;
    }
    if (k % intervalsPerDay == 0) {
      startDay();
    }
    for (GroupState group : groups) {
      if (group.spec.shifts().isEmpty()) {
        int staffed = group.spec.agentsIn(k);
        List<Agent> members = group.agents;
        for (int i = 0; i < members.size(); i++) {
          Agent agent = members.get(i);
          setDuty(agent, i < staffed && !agent.absent);
        }
      }
    }
    double end = (k + 1) * intervalSeconds;
    for (QueueState queue : queues) {
      if (queue.spec.replaysArrivals()) {
        double[] times = queue.arrivalTimes;
        while (queue.nextArrivalTime < times.length && times[queue.nextArrivalTime] < end) {
          events.schedule(times[queue.nextArrivalTime++], REPLAYED_ARRIVAL, queue.index, null);
        }
        continue;
      }
      queue.rate = queue.spec.arrivalsIn(k) * dayFactor / intervalSeconds;
      if (queue.rate > 0) {
        double next = now - Math.log(queue.arrivalStream.nextDouble()) / queue.rate;
        if (next < end) {
          events.schedule(next, ARRIVAL, queue.index, null);
        }
      }
    }
    events.schedule(end, INTERVAL, k + 1, null);
  }

  private void startDay() {
    dayFactor =
        scenario.busyness().isPresent() ? scenario.busyness().get().sample(busynessStream) : 1;
    for (GroupState group : groups) {
      double p = group.spec.absenteeism();
      if (group.spec.shifts().isEmpty()) {
        for (Agent agent : group.agents) {
          agent.absent = p > 0 && group.absenteeismStream.nextDouble() < p;
        }
      }
    }
  }

  private void onShiftStart(Agent agent) {
    double p = agent.group.spec.absenteeism();
    agent.absent = p > 0 && agent.group.absenteeismStream.nextDouble() < p;
    agent.inShift = true;
    agent.onBreak = false;
    updateShiftDuty(agent);
  }

  private void updateShiftDuty(Agent agent) {
    setDuty(agent, agent.inShift && !agent.onBreak && !agent.absent);
  }

  private void setDuty(Agent agent, boolean duty) {
    if (duty == agent.onDuty) {
      return;
    }
    GroupState group = agent.group;
    agent.onDuty = duty;
    if (duty) {
      if (!agent.present) {
        flush(group);
        agent.present = true;
        group.presentAgents++;
        agentFree(agent);
      } else if (agent.sessions > 0 && !agent.exclusive && agent.sessions < group.maxSessions) {
        // Back on duty while finishing sessions: free slots are available again.
        group.partial.append(agent.index);
      }
    } else if (agent.present) {
      group.partial.remove(agent.index);
      if (agent.sessions == 0) {
        group.idle.remove(agent.index);
        leave(agent);
      }
    }
  }

  private void leave(Agent agent) {
    GroupState group = agent.group;
    flush(group);
    agent.present = false;
    group.presentAgents--;
  }

  private void flush(GroupState group) {
    // Shifts may start before the horizon (a night shift); only time inside it counts.
    double t = Math.max(0, Math.min(now, horizon));
    double dt = t - group.lastChange;
    if (dt > 0 && interval < intervals) {
      int cell = group.index * intervals + interval;
      busySeconds[cell] += group.busyAgents * dt;
      presentSeconds[cell] += group.presentAgents * dt;
    }
    group.lastChange = t;
  }

  // ---- contacts

  private void onArrival(QueueState queue) {
    double next = now - Math.log(queue.arrivalStream.nextDouble()) / queue.rate;
    if (next < (interval + 1) * intervalSeconds) {
      events.schedule(next, ARRIVAL, queue.index, null);
    }
    arrive(queue);
  }

  private void arrive(QueueState queue) {
    int cell = (queue.index * intervals + interval) * C;
    counters[cell + ARRIVALS]++;
    QueueSpec spec = queue.spec;
    if (spec.ivrSelfServiceShare() > 0
        && queue.ivrStream.nextDouble() < spec.ivrSelfServiceShare()) {
      counters[cell + SELF_SERVED]++;
      return;
    }
    if (spec.botDeflectionShare() > 0 && queue.botStream.nextDouble() < spec.botDeflectionShare()) {
      counters[cell + DEFLECTED]++;
      return;
    }
    offer(newContact(queue, false, false));
  }

  private Contact newContact(QueueState queue, boolean repeat, boolean retrial) {
    QueueSpec spec = queue.spec;
    double handle = spec.handleTime().sample(queue.handleStream);
    if (queue.handleScale != null) {
      handle *= queue.handleScale[interval];
    }
    double wrapUp = spec.afterContactWork().sample(queue.handleStream);
    // Drawn for every contact, waiting or not, to keep the streams aligned across scenarios.
    double patience =
        queue.hasPatience
            ? spec.patience().get().sample(queue.patienceStream)
            : Double.POSITIVE_INFINITY;
    boolean balks =
        queue.balkStream != null && queue.balkStream.nextDouble() < spec.balkProbability();
    boolean callback =
        queue.callbackStream != null
            && queue.callbackStream.nextDouble() < spec.callback().acceptProbability();
    return new Contact(
        queue, now, interval, handle, wrapUp, patience, balks, callback, repeat, retrial);
  }

  private void onReturn(Contact previous, int why) {
    QueueState queue = previous.queue;
    Contact contact = newContact(queue, why == RETURN_REPEAT, why == RETURN_RETRIAL);
    if (why == RETURN_REPEAT) {
      contact.preferredAgent = previous.agent;
    }
    offer(contact);
  }

  private void offer(Contact contact) {
    QueueState queue = contact.queue;
    int cell = (queue.index * intervals + contact.interval) * C;
    counters[cell + OFFERED]++;
    if (contact.repeat) {
      counters[cell + REPEATS]++;
    }
    if (contact.retrial) {
      counters[cell + RETRIALS]++;
    }
    if (contact.preferredAgent != null
        && queue.spec.affinitySeconds() > 0
        && affinity.hold(contact)) {
      if (contact.state == Contact.WAITING) {
        schedulePatience(contact);
      }
      return;
    }
    Agent agent = agentSelection.select(queue, 0);
    if (agent != null) {
      startService(contact, agent);
      return;
    }
    if (queue.realTime) {
      if (contact.wouldBalk) {
        counters[cell + BALKED]++;
        contact.state = Contact.GONE;
        retry(contact);
        return;
      }
      offerCallback(contact, cell);
    }
    enqueue(contact, 0);
    schedulePatience(contact);
  }

  private void schedulePatience(Contact contact) {
    QueueState queue = contact.queue;
    if (queue.hasPatience && !contact.callback) {
      events.schedule(now + contact.patience, ABANDON, 0, contact);
    }
  }

  /**
   * Puts a waiting contact in its queue's line; overflow checks for delays beyond {@code waited}.
   */
  void enqueue(Contact contact, double waited) {
    QueueState queue = contact.queue;
    queue.line.add(contact);
    queue.waiting++;
    overflow.watch(contact, waited);
  }

  private void offerCallback(Contact contact, int cell) {
    QueueState queue = contact.queue;
    Callback callback = queue.spec.callback();
    if (callback.acceptProbability() == 0) {
      return;
    }
    double capacity = 0;
    for (int j = 0; j < queue.groups.length; j++) {
      if (queue.delays[j] == 0) {
        GroupState group = groups[queue.groups[j]];
        capacity += group.presentAgents * (queue.concurrent ? group.maxSessions : 1);
      }
    }
    // Expected wait: the contacts ahead (and this one) shared over the primary agents present.
    double expectedWait =
        (queue.waiting + 1) * queue.spec.handleTime().mean() / Math.max(1, capacity);
    if (expectedWait > callback.thresholdSeconds() && contact.acceptsCallback) {
      contact.callback = true;
      counters[cell + CALLBACKS]++;
    }
  }

  private void onAbandon(Contact contact) {
    if (contact.state != Contact.WAITING) {
      return;
    }
    QueueState queue = contact.queue;
    contact.state = Contact.ABANDONED;
    queue.waiting--;
    double waited = now - contact.arrival;
    int cell = (queue.index * intervals + contact.interval) * C;
    counters[cell + ABANDONED]++;
    counters[cell + WAIT_ABANDONED] += waited;
    if (waited > queue.threshold) {
      counters[cell + ABANDONED_LATE]++;
    }
    retry(contact);
  }

  private void retry(Contact contact) {
    QueueState queue = contact.queue;
    Retrial retrial = queue.spec.retrial();
    if (retrial.probability() > 0 && queue.retrialStream.nextDouble() < retrial.probability()) {
      double at = now + retrial.delay().sample(queue.retrialStream);
      if (at < horizon) {
        events.schedule(at, RETURN, RETURN_RETRIAL, contact);
      }
    }
  }

  /** Starts serving a contact that is not (or no longer) counted as waiting. */
  void startService(Contact contact, Agent agent) {
    QueueState queue = contact.queue;
    contact.state = Contact.SERVED;
    contact.inPersonalLine = false;
    contact.agent = agent;
    double waited = now - contact.arrival;
    int cell = (queue.index * intervals + contact.interval) * C;
    counters[cell + SERVED]++;
    counters[cell + WAIT_SERVED] += waited;
    if (waited <= queue.threshold) {
      counters[cell + ANSWERED]++;
    }
    GroupState group = agent.group;
    handled[group.index * intervals + contact.interval]++;
    if (agent.sessions == 0) {
      group.idle.remove(agent.index);
      flush(group);
      group.busyAgents++;
    }
    agent.sessions++;
    agent.exclusive = !queue.concurrent;
    double duration = contact.handleTime;
    if (queue.concurrent) {
      duration *= group.spec.slowdown(agent.sessions);
      if (agent.sessions < group.maxSessions) {
        group.partial.append(agent.index);
      } else {
        group.partial.remove(agent.index);
      }
    }
    events.schedule(now + duration + contact.afterContactWork, END_WORK, 0, contact);
  }

  private void onEndWork(Contact contact) {
    Agent agent = contact.agent;
    GroupState group = agent.group;
    agent.sessions--;
    agent.exclusive = false;
    QueueState queue = contact.queue;
    FirstContactResolution fcr = queue.spec.firstContactResolution();
    if (fcr.rate() < 1 && queue.repeatStream.nextDouble() >= fcr.rate()) {
      double at = now + fcr.repeatDelay().sample(queue.repeatStream);
      if (at < horizon) {
        events.schedule(at, RETURN, RETURN_REPEAT, contact);
      }
    }
    if (agent.sessions == 0) {
      flush(group);
      group.busyAgents--;
    }
    agentFree(agent);
  }

  /**
   * An agent who has finished a contact or come on duty looks for work, or becomes idle or leaves.
   */
  private void agentFree(Agent agent) {
    GroupState group = agent.group;
    if (!agent.onDuty) {
      group.partial.remove(agent.index);
      if (agent.sessions == 0) {
        leave(agent);
      }
      return;
    }
    boolean deferredAllowed = now < horizon;
    while (agent.sessions < group.maxSessions) {
      Contact contact = agent.sessions == 0 ? affinity.next(agent) : null;
      if (contact == null) {
        contact = contactSelection.select(agent, now, agent.sessions > 0, deferredAllowed);
      }
      if (contact == null) {
        break;
      }
      contact.queue.waiting--;
      startService(contact, agent);
      if (!contact.queue.concurrent) {
        return;
      }
    }
    if (agent.sessions == 0) {
      agent.idleSince = now;
      group.idle.append(agent.index);
    } else if (agent.sessions < group.maxSessions) {
      group.partial.append(agent.index);
    }
  }
}
