package org.openwfm.web.application.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openwfm.simulator.des.random.Constant;
import org.openwfm.simulator.des.random.Distribution;
import org.openwfm.simulator.des.random.Exponential;
import org.openwfm.simulator.des.scenario.AgentGroupSpec;
import org.openwfm.simulator.des.scenario.AgentShift;
import org.openwfm.simulator.des.scenario.Callback;
import org.openwfm.simulator.des.scenario.Channel;
import org.openwfm.simulator.des.scenario.FirstContactResolution;
import org.openwfm.simulator.des.scenario.QueueSpec;
import org.openwfm.simulator.des.scenario.Retrial;
import org.openwfm.simulator.des.scenario.Routing;
import org.openwfm.simulator.des.scenario.Scenario;
import org.openwfm.simulator.des.scenario.Skill;
import org.openwfm.web.application.requirement.ForecastPoint;
import org.openwfm.web.application.requirement.QueueTargets;
import org.openwfm.web.application.simulation.ScheduledShift.AgentSkill;
import org.openwfm.web.application.simulation.SimulationModel.QueueMapping;

/**
 * Builds the discrete-event simulator's scenario from a schedule (shifts and breaks in UTC), the agents' skills,
 * the queues' targets and a forecast (queue-local intervals). Pure: no database, so it is unit-tested directly.
 *
 * <p>Time: the simulated days are local days of each queue, so queues in different time zones start their day at
 * different instants. The horizon runs from the earliest local midnight of the first day to the latest local
 * midnight after the last day, on one grid of the forecast's interval length counted from the epoch in UTC, and
 * is padded to whole days of that grid. Forecast intervals are placed at their instant in the queue's zone (a
 * local time skipped by daylight saving moves forward, a repeated one takes the first occurrence); shifts and
 * breaks at their UTC instants.
 *
 * <p>Model: Poisson arrivals of the forecast volume per interval, exponential handle times with the forecast AHT
 * of the arrival interval, exponential patience where the targets give one (real-time channels), e-mail and
 * social worked in the gaps with the deadline as threshold. Agents with the same skills (for the simulated
 * queues) form one group staffed by their individual shifts; a group's chat concurrency is the highest of its chat
 * queues' targets. Routing: longest idle agent, oldest contact first. Everyone on the schedule shows up (the
 * schedule is what is tested, not absenteeism).
 */
public final class ScenarioAdapter {

  private ScenarioAdapter() {}

  /**
   * The scenario.
   *
   * @param name scenario label
   * @param queues targets of the queues (those without forecast rows on the days are left out)
   * @param forecast forecast intervals per queue code, local times
   * @param shifts the schedule's shifts (those outside the horizon are left out)
   * @param skills each agent's skills, by agent code
   * @param firstDay first simulated (local) day
   * @param days number of days, at least 1
   * @throws IllegalArgumentException naming what is missing or inconsistent
   */
  public static SimulationModel build(String name, List<QueueTargets> queues, Map<String, List<ForecastPoint>> forecast,
      List<ScheduledShift> shifts, Map<String, List<AgentSkill>> skills, LocalDate firstDay, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days: at least 1, got " + days);
    }
    LocalDate end = firstDay.plusDays(days);
    List<QueueTargets> simulated = new ArrayList<>();
    TreeSet<Integer> lengths = new TreeSet<>();
    for (QueueTargets queue : queues.stream().sorted(Comparator.comparing(QueueTargets::queue)).toList()) {
      List<ForecastPoint> points = inDays(forecast.getOrDefault(queue.queue(), List.of()), firstDay, end);
      if (!points.isEmpty()) {
        simulated.add(queue);
        points.forEach(p -> lengths.add(p.minutes()));
      }
    }
    if (simulated.isEmpty()) {
      throw new IllegalArgumentException("firstDay: the forecast has no intervals from " + firstDay + " to "
          + end.minusDays(1));
    }
    if (lengths.size() > 1) {
      throw new IllegalArgumentException("forecastId: the forecast mixes intervals of " + lengths
          + " minutes; a simulation needs one interval length");
    }
    int minutes = lengths.first();
    long step = minutes * 60L;
    if (1440 % minutes != 0) {
      throw new IllegalArgumentException("forecastId: intervals of " + minutes + " minutes do not divide a day");
    }
    Instant from = simulated.stream().map(q -> firstDay.atStartOfDay(zone(q)).toInstant()).min(Comparator.naturalOrder())
        .orElseThrow();
    Instant until = simulated.stream().map(q -> end.atStartOfDay(zone(q)).toInstant()).max(Comparator.naturalOrder())
        .orElseThrow();
    Instant start = Instant.ofEpochSecond(Math.floorDiv(from.getEpochSecond(), step) * step);
    int perDay = 1440 / minutes;
    long needed = (Duration.between(start, until).getSeconds() + step - 1) / step;
    int horizonDays = (int) ((needed + perDay - 1) / perDay);
    int intervals = horizonDays * perDay;

    List<QueueSpec> specs = new ArrayList<>();
    List<LinkedHashMap<LocalDateTime, Integer>> mappings = new ArrayList<>();
    for (QueueTargets queue : simulated) {
      ZoneId zone = zone(queue);
      double[] arrivals = new double[intervals];
      double[] ahts = new double[intervals];
      Arrays.fill(ahts, Double.NaN);
      LinkedHashMap<LocalDateTime, Integer> mapping = new LinkedHashMap<>();
      double work = 0;
      double offered = 0;
      for (ForecastPoint point : inDays(forecast.get(queue.queue()), firstDay, end)) {
        Instant at = point.start().atZone(zone).toInstant();
        int index = (int) Math.floorDiv(Duration.between(start, at).getSeconds(), step);
        if (index < 0 || index >= intervals) {
          continue;
        }
        arrivals[index] += point.offered();
        if (point.offered() > 0) {
          ahts[index] = point.ahtSeconds();
          work += point.offered() * point.ahtSeconds();
          offered += point.offered();
        }
        mapping.putIfAbsent(point.start(), index);
      }
      double meanAht = offered > 0 ? work / offered : 300;
      Channel channel = Channel.valueOf(queue.channel());
      boolean deferred = !channel.isRealTime();
      Optional<Distribution> patience = !deferred && queue.patienceSeconds() != null
          ? Optional.of(new Exponential(queue.patienceSeconds()))
          : Optional.empty();
      double threshold = deferred && queue.deadlineMinutes() != null
          ? queue.deadlineMinutes() * 60.0
          : queue.serviceLevelThresholdSeconds();
      specs.add(new QueueSpec(queue.queue(), channel, arrivals, new Exponential(meanAht), new Constant(0), patience,
          threshold, 0, 0, 0, 0, Retrial.none(), Callback.none(), FirstContactResolution.always(), 0,
          new double[0], ahts));
      mappings.add(mapping);
    }

    // Agents with the same skills for the simulated queues form one group, staffed by their own shifts.
    Map<String, QueueTargets> byCode = new LinkedHashMap<>();
    simulated.forEach(q -> byCode.put(q.queue(), q));
    Map<String, List<Skill>> groupSkills = new TreeMap<>();
    Map<String, List<AgentShift>> groupShifts = new TreeMap<>();
    double horizon = intervals * (double) step;
    for (ScheduledShift shift : shifts) {
      double shiftStart = seconds(start, shift.start());
      double shiftEnd = seconds(start, shift.end());
      if (shiftEnd <= 0 || shiftStart >= horizon) {
        continue;
      }
      List<Skill> agentSkills = skills.getOrDefault(shift.agent(), List.of()).stream()
          .filter(s -> byCode.containsKey(s.queue()))
          .sorted(Comparator.comparing(AgentSkill::queue))
          .map(s -> new Skill(s.queue(), s.level(), 0))
          .toList();
      if (agentSkills.isEmpty()) {
        continue;
      }
      String key = String.join(",", agentSkills.stream().map(s -> s.queue() + ":" + s.level()).toList());
      groupSkills.putIfAbsent(key, agentSkills);
      List<AgentShift.Pause> pauses = shift.breaks().stream()
          .map(b -> new AgentShift.Pause(seconds(start, b.start()), seconds(start, b.end())))
          .toList();
      groupShifts.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new AgentShift(shift.agent(), shiftStart, shiftEnd, pauses));
    }
    if (groupShifts.isEmpty()) {
      throw new IllegalArgumentException("scheduleId: the schedule has no shifts of agents skilled for the"
          + " forecast's queues from " + firstDay + " to " + end.minusDays(1));
    }
    List<AgentGroupSpec> groups = new ArrayList<>();
    List<String> keys = new ArrayList<>(groupShifts.keySet());
    for (int g = 0; g < keys.size(); g++) {
      String key = keys.get(g);
      List<Skill> groupSkill = groupSkills.get(key);
      int concurrency = groupSkill.stream()
          .map(s -> byCode.get(s.queue()))
          .filter(q -> "CHAT".equals(q.channel()) && q.concurrency() != null)
          .mapToInt(QueueTargets::concurrency)
          .max()
          .orElse(1);
      groups.add(new AgentGroupSpec("group-" + (g + 1) + " " + key, groupSkill, concurrency, new double[0],
          new int[0], groupShifts.get(key), 0));
    }
    Scenario scenario = new Scenario(name, horizonDays, perDay, minutes, Optional.empty(), specs, groups,
        Routing.defaults());
    List<QueueMapping> queueMappings = new ArrayList<>();
    for (int q = 0; q < simulated.size(); q++) {
      String code = simulated.get(q).queue();
      List<Integer> serving = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        if (groups.get(g).skills().stream().anyMatch(s -> s.queue().equals(code))) {
          serving.add(g);
        }
      }
      queueMappings.add(new QueueMapping(code, q, new TreeMap<>(mappings.get(q)), serving));
    }
    return new SimulationModel(scenario, start, firstDay, end.minusDays(1), queueMappings);
  }

  private static List<ForecastPoint> inDays(List<ForecastPoint> points, LocalDate first, LocalDate end) {
    return points.stream()
        .filter(p -> !p.start().toLocalDate().isBefore(first) && p.start().toLocalDate().isBefore(end))
        .toList();
  }

  private static double seconds(Instant origin, Instant at) {
    return Duration.between(origin, at).toMillis() / 1000.0;
  }

  private static ZoneId zone(QueueTargets queue) {
    return ZoneId.of(queue.timeZone());
  }
}
