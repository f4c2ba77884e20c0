package org.openwfm.scheduling.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openwfm.scheduling.domain.Agent;
import org.openwfm.scheduling.domain.BreakRules;
import org.openwfm.scheduling.domain.Contract;
import org.openwfm.scheduling.domain.Location;
import org.openwfm.scheduling.domain.PlannedDay;
import org.openwfm.scheduling.domain.Queue;
import org.openwfm.scheduling.domain.Schedule;
import org.openwfm.scheduling.domain.ScheduleConstraintConfiguration;
import org.openwfm.scheduling.domain.ScheduleHorizon;
import org.openwfm.scheduling.domain.ScheduleRules;
import org.openwfm.scheduling.domain.ShiftPattern;
import org.openwfm.scheduling.domain.Site;
import org.openwfm.scheduling.domain.SkillLevel;
import org.openwfm.scheduling.domain.TimeWindow;
import org.openwfm.scheduling.domain.WorkMode;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * Reads the JSON problem format into a {@link Schedule}. Every error is an {@link
 * IllegalArgumentException} with one line naming the source, the field path (e.g. {@code
 * agents[3].skills}) or the line and column, and what was expected.
 */
public final class ProblemReader {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final String source;

  private ProblemReader(String source) {
    this.source = source;
  }

  /** Parses the JSON text only (no validation beyond syntax and known fields). */
  public static ProblemDocument parse(Reader reader, String source) {
    try {
      return MAPPER.readValue(reader, ProblemDocument.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new IllegalArgumentException(
          source + where + ": invalid problem JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Parses and validates a problem. */
  public static Schedule read(Reader reader, String source) {
    return toSchedule(parse(reader, source), source);
  }

  /** Validates a parsed document and builds the schedule. */
  public static Schedule toSchedule(ProblemDocument doc, String source) {
    return new ProblemReader(source).build(doc);
  }

  private IllegalArgumentException error(String field, String message) {
    return new IllegalArgumentException(source + ": " + field + ": " + message);
  }

  private <T> T required(T value, String field) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw error(field, "is required");
    }
    return value;
  }

  private ZoneId zone(String value, String field) {
    try {
      return ZoneId.of(required(value, field));
    } catch (DateTimeException e) {
      throw error(field, "expected a time zone id such as Europe/Tallinn, got \"" + value + "\"");
    }
  }

  private LocalDate date(String value, String field) {
    try {
      return LocalDate.parse(required(value, field));
    } catch (DateTimeException e) {
      throw error(field, "expected a date yyyy-MM-dd, got \"" + value + "\"");
    }
  }

  private int minuteOfDay(String value, String field) {
    try {
      return TimeWindow.parseMinute(required(value, field));
    } catch (DateTimeException e) {
      throw error(field, "expected a time HH:mm, got \"" + value + "\"");
    }
  }

  private TimeWindow window(String from, String to, String field) {
    int f = minuteOfDay(from, field + ".from");
    int t = minuteOfDay(to, field + ".to");
    if (f >= t) {
      throw error(field, "from must be before to");
    }
    return new TimeWindow(f, t);
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, required(value, field));
    } catch (IllegalArgumentException e) {
      throw error(
          field,
          "expected one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", got \""
              + value + "\"");
    }
  }

  private <T> T wrap(String field, java.util.function.Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw error(field, e.getMessage());
    }
  }

  private Schedule build(ProblemDocument doc) {
    LocalDate start = date(doc.start(), "start");
    int weeks = required(doc.weeks(), "weeks");
    ZoneId centreZone = zone(doc.timeZone(), "timeZone");
    ScheduleHorizon horizon = wrap("weeks", () -> new ScheduleHorizon(start, weeks, centreZone));
    ScheduleRules rules = rules(doc.rules());

    List<Queue> queues = new ArrayList<>();
    Map<String, Queue> queueById = new HashMap<>();
    List<ProblemDocument.QueueDoc> queueDocs = required(doc.queues(), "queues");
    if (queueDocs.isEmpty()) {
      throw error("queues", "at least one queue is required");
    }
    for (int i = 0; i < queueDocs.size(); i++) {
      String field = "queues[" + i + "]";
      ProblemDocument.QueueDoc q = required(queueDocs.get(i), field);
      String id = required(q.id(), field + ".id");
      int level = q.minSkillLevel() == null ? 1 : q.minSkillLevel();
      int index = i;
      Queue queue = wrap(field, () -> new Queue(id, index, level));
      if (queueById.put(id, queue) != null) {
        throw error(field + ".id", "duplicate queue \"" + id + "\"");
      }
      queues.add(queue);
    }

    Map<String, Site> sites = new HashMap<>();
    List<ProblemDocument.SiteDoc> siteDocs = doc.sites() == null ? List.of() : doc.sites();
    for (int i = 0; i < siteDocs.size(); i++) {
      String field = "sites[" + i + "]";
      ProblemDocument.SiteDoc s = required(siteDocs.get(i), field);
      String id = required(s.id(), field + ".id");
      ZoneId zone = zone(s.timeZone(), field + ".timeZone");
      int seats = required(s.officeSeats(), field + ".officeSeats");
      Site site = wrap(field, () -> new Site(id, zone, seats));
      if (sites.put(id, site) != null) {
        throw error(field + ".id", "duplicate site \"" + id + "\"");
      }
    }

    Map<String, Contract> contracts = new HashMap<>();
    List<ProblemDocument.ContractDoc> contractDocs = required(doc.contracts(), "contracts");
    for (int i = 0; i < contractDocs.size(); i++) {
      String field = "contracts[" + i + "]";
      ProblemDocument.ContractDoc c = required(contractDocs.get(i), field);
      String id = required(c.id(), field + ".id");
      int min = (int) Math.round(required(c.minHoursPerWeek(), field + ".minHoursPerWeek") * 60);
      int max = (int) Math.round(required(c.maxHoursPerWeek(), field + ".maxHoursPerWeek") * 60);
      int consecutive = required(c.maxConsecutiveDays(), field + ".maxConsecutiveDays");
      int rest = c.minRestHours() == null ? 11 * 60 : (int) Math.round(c.minRestHours() * 60);
      List<Integer> lengths = required(c.shiftLengthsMinutes(), field + ".shiftLengthsMinutes");
      Contract contract =
          wrap(field, () -> new Contract(id, min, max, consecutive, rest, lengths));
      if (contracts.put(id, contract) != null) {
        throw error(field + ".id", "duplicate contract \"" + id + "\"");
      }
    }

    List<Agent> agents = new ArrayList<>();
    Set<String> agentIds = new HashSet<>();
    List<ProblemDocument.AgentDoc> agentDocs = required(doc.agents(), "agents");
    for (int i = 0; i < agentDocs.size(); i++) {
      Agent agent = agent(agentDocs.get(i), i, queueById, sites, contracts);
      if (!agentIds.add(agent.id())) {
        throw error("agents[" + i + "].id", "duplicate agent \"" + agent.id() + "\"");
      }
      agents.add(agent);
    }

    int[][] requirement = requirement(doc.requirements(), horizon, queueById, queues.size());
    List<PlannedDay> previous = previous(doc.previous(), agentIds, rules);
    ScheduleConstraintConfiguration configuration = new ScheduleConstraintConfiguration();
    if (doc.weights() != null) {
      for (Map.Entry<String, String> entry : doc.weights().entrySet()) {
        String field = "weights." + entry.getKey();
        HardSoftLongScore weight;
        try {
          weight = HardSoftLongScore.parseScore(required(entry.getValue(), field));
        } catch (RuntimeException e) {
          throw error(field, "expected a weight such as \"0hard/10soft\", got \""
              + entry.getValue() + "\"");
        }
        HardSoftLongScore w = weight;
        wrap(field, () -> {
          configuration.setWeight(entry.getKey(), w);
          return w;
        });
      }
    }
    return wrap(
        "problem",
        () ->
            Schedule.create(
                horizon,
                rules,
                queues,
                List.copyOf(sites.values()),
                agents,
                requirement,
                previous,
                configuration));
  }

  private ScheduleRules rules(ProblemDocument.Rules r) {
    if (r == null) {
      return ScheduleRules.DEFAULT;
    }
    BreakRules d = BreakRules.DEFAULT;
    BreakRules breaks =
        wrap(
            "rules",
            () ->
                new BreakRules(
                    r.breakMinutes() == null ? d.breakMinutes() : r.breakMinutes(),
                    r.breakEveryMinutes() == null ? d.breakEveryMinutes() : r.breakEveryMinutes(),
                    r.lunchMinutes() == null ? d.lunchMinutes() : r.lunchMinutes(),
                    r.lunchFromShiftMinutes() == null
                        ? d.lunchFromShiftMinutes()
                        : r.lunchFromShiftMinutes(),
                    r.lunchEarliestMinutes() == null
                        ? d.lunchEarliestMinutes()
                        : r.lunchEarliestMinutes(),
                    r.lunchLatestMinutes() == null
                        ? d.lunchLatestMinutes()
                        : r.lunchLatestMinutes()));
    int late =
        r.lateShiftEndsAfter() == null
            ? ScheduleRules.DEFAULT.lateShiftEndMinute()
            : minuteOfDay(r.lateShiftEndsAfter(), "rules.lateShiftEndsAfter");
    return new ScheduleRules(breaks, late);
  }

  private Agent agent(
      ProblemDocument.AgentDoc a,
      int index,
      Map<String, Queue> queues,
      Map<String, Site> sites,
      Map<String, Contract> contracts) {
    String field = "agents[" + index + "]";
    required(a, field);
    String id = required(a.id(), field + ".id");
    Contract contract = contracts.get(required(a.contract(), field + ".contract"));
    if (contract == null) {
      throw error(field + ".contract", "unknown contract \"" + a.contract() + "\"");
    }
    WorkMode mode = enumValue(WorkMode.class, a.workMode(), field + ".workMode");
    Site site = null;
    if (a.site() != null) {
      site = sites.get(a.site());
      if (site == null) {
        throw error(field + ".site", "unknown site \"" + a.site() + "\"");
      }
    } else if (mode != WorkMode.REMOTE) {
      throw error(field + ".site", "is required for a " + mode + " agent");
    }
    ZoneId zone =
        a.timeZone() == null && site != null ? site.timeZone() : zone(a.timeZone(), field + ".timeZone");
    List<SkillLevel> skills = new ArrayList<>();
    Map<String, Integer> skillDocs = required(a.skills(), field + ".skills");
    for (Map.Entry<String, Integer> s : skillDocs.entrySet()) {
      Queue queue = queues.get(s.getKey());
      if (queue == null) {
        throw error(field + ".skills", "unknown queue \"" + s.getKey() + "\"");
      }
      int level = required(s.getValue(), field + ".skills." + s.getKey());
      skills.add(wrap(field + ".skills." + s.getKey(), () -> new SkillLevel(queue, level)));
    }
    Map<DayOfWeek, TimeWindow> availability = new EnumMap<>(DayOfWeek.class);
    if (a.availability() == null) {
      for (DayOfWeek day : DayOfWeek.values()) {
        availability.put(day, TimeWindow.WHOLE_DAY);
      }
    } else {
      for (int j = 0; j < a.availability().size(); j++) {
        String f = field + ".availability[" + j + "]";
        ProblemDocument.AvailabilityDoc w = required(a.availability().get(j), f);
        TimeWindow window = window(w.from(), w.to(), f);
        for (String day : required(w.days(), f + ".days")) {
          availability.put(enumValue(DayOfWeek.class, day, f + ".days"), window);
        }
      }
    }
    Set<LocalDate> timeOff = dates(a.timeOff(), field + ".timeOff");
    Set<LocalDate> preferredOff = dates(a.preferredDaysOff(), field + ".preferredDaysOff");
    TimeWindow preferredStart =
        a.preferredStart() == null
            ? null
            : window(a.preferredStart().from(), a.preferredStart().to(), field + ".preferredStart");
    TimeWindow allowed =
        a.allowedLocalHours() == null
            ? null
            : window(
                a.allowedLocalHours().from(),
                a.allowedLocalHours().to(),
                field + ".allowedLocalHours");
    int officeDays = a.officeDaysPerWeek() == null ? 0 : a.officeDaysPerWeek();
    int previousDays = a.previousConsecutiveDays() == null ? 0 : a.previousConsecutiveDays();
    Site agentSite = site;
    return wrap(
        field,
        () ->
            new Agent(
                id,
                index,
                contract,
                mode,
                agentSite,
                zone,
                skills,
                officeDays,
                availability,
                timeOff,
                preferredOff,
                preferredStart,
                allowed,
                previousDays));
  }

  private Set<LocalDate> dates(List<String> values, String field) {
    Set<LocalDate> dates = new HashSet<>();
    if (values != null) {
      for (int i = 0; i < values.size(); i++) {
        dates.add(date(values.get(i), field + "[" + i + "]"));
      }
    }
    return dates;
  }

  private int[][] requirement(
      List<ProblemDocument.RequirementDoc> docs,
      ScheduleHorizon horizon,
      Map<String, Queue> queues,
      int queueCount) {
    int[][] requirement = new int[queueCount][horizon.slotCount()];
    List<ProblemDocument.RequirementDoc> list = required(docs, "requirements");
    for (int i = 0; i < list.size(); i++) {
      String field = "requirements[" + i + "]";
      ProblemDocument.RequirementDoc r = required(list.get(i), field);
      Queue queue = queues.get(required(r.queue(), field + ".queue"));
      if (queue == null) {
        throw error(field + ".queue", "unknown queue \"" + r.queue() + "\"");
      }
      LocalDate date = date(r.date(), field + ".date");
      List<Double> agents = required(r.agents(), field + ".agents");
      if (agents.size() != ScheduleHorizon.SLOTS_PER_DAY) {
        throw error(field + ".agents", "expected 96 values (one per 15 minutes), got " + agents.size());
      }
      for (int k = 0; k < agents.size(); k++) {
        Double value = agents.get(k);
        if (value == null || value < 0 || value.isNaN()) {
          throw error(field + ".agents[" + k + "]", "expected a number >= 0");
        }
        LocalTime time = LocalTime.MIN.plusMinutes(15L * k);
        ZonedDateTime at = ZonedDateTime.of(date, time, horizon.timeZone());
        if (!at.toLocalTime().equals(time)) {
          continue; // a local time skipped by a daylight-saving change
        }
        int slot = horizon.slotOf(at.toInstant());
        if (slot >= 0 && slot < horizon.slotCount()) {
          requirement[queue.index()][slot] = (int) Math.round(value * 100);
        }
      }
    }
    return requirement;
  }

  private List<PlannedDay> previous(
      List<ProblemDocument.PlannedDayDoc> docs, Set<String> agentIds, ScheduleRules rules) {
    List<PlannedDay> days = new ArrayList<>();
    if (docs == null) {
      return days;
    }
    for (int i = 0; i < docs.size(); i++) {
      String field = "previous[" + i + "]";
      ProblemDocument.PlannedDayDoc p = required(docs.get(i), field);
      String agent = required(p.agent(), field + ".agent");
      if (!agentIds.contains(agent)) {
        throw error(field + ".agent", "unknown agent \"" + agent + "\"");
      }
      LocalDate date = date(p.date(), field + ".date");
      Optional<ShiftPattern> pattern = Optional.empty();
      if (p.start() != null) {
        int startMinute = minuteOfDay(p.start(), field + ".start");
        int minutes = required(p.minutes(), field + ".minutes");
        pattern =
            Optional.of(wrap(field, () -> new ShiftPattern(startMinute, minutes, rules.breaks())));
      }
      Location location =
          p.location() == null
              ? Location.HOME
              : enumValue(Location.class, p.location(), field + ".location");
      boolean published = p.published() != null && p.published();
      days.add(new PlannedDay(agent, date, pattern, location, published));
    }
    return days;
  }
}
