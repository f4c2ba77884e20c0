package org.openwfm.simulator.des.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openwfm.simulator.des.random.Constant;
import org.openwfm.simulator.des.random.Distribution;
import org.openwfm.simulator.des.random.Empirical;
import org.openwfm.simulator.des.random.Erlang;
import org.openwfm.simulator.des.random.Exponential;
import org.openwfm.simulator.des.random.Gamma;
import org.openwfm.simulator.des.random.LogNormal;
import org.openwfm.simulator.des.random.Uniform;
import org.openwfm.simulator.des.random.Weibull;

/**
 * Reads a scenario from JSON (format in docs/simulation.md). Every error is one line naming the
 * source, the JSON path of the field and what was expected, e.g. {@code mmc.json:
 * queues[0].handleTime.mean: expected a positive number, got -3}. A referenced schedule CSV is read
 * through the loader the caller gives (the engine opens no files itself).
 */
public final class ScenarioReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Function<String, String> fileLoader;

  /**
   * @param fileLoader returns the text of a file named in the scenario (a schedule CSV), or throws
   *     IllegalArgumentException naming it
   */
  public ScenarioReader(Function<String, String> fileLoader) {
    this.fileLoader = fileLoader;
  }

  /** A reader for scenarios that reference no other file. */
  public static ScenarioReader withoutFiles() {
    return new ScenarioReader(
        name -> {
          throw new IllegalArgumentException(
              "scenario references file " + name + " but no file access was given");
        });
  }

  /** Parses the JSON text; {@code source} names it in error messages. */
  public Scenario read(String json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          source
              + ": line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": not valid JSON ("
              + e.getOriginalMessage()
              + ")");
    }
    if (root == null || root.isMissingNode()) {
      throw new IllegalArgumentException(source + ": empty file, expected a JSON object");
    }
    JsonField top =
        new JsonField(source, "", root)
            .object(
                Set.of(
                    "name",
                    "days",
                    "intervalsPerDay",
                    "intervalMinutes",
                    "busyness",
                    "routing",
                    "queues",
                    "agentGroups",
                    "schedule",
                    "forecast"));
    String name = top.has("name") ? top.get("name").text() : source;
    int days = top.has("days") ? top.get("days").integer(1) : 1;
    int intervalsPerDay = top.get("intervalsPerDay").integer(1);
    double intervalMinutes = top.get("intervalMinutes").positive();
    Optional<Distribution> busyness = top.optional("busyness").map(ScenarioReader::distribution);
    Routing routing =
        top.optional("routing").map(ScenarioReader::routing).orElse(Routing.defaults());

    Map<String, ForecastCsv.Series> forecast =
        top.optional("forecast")
            .map(f -> forecast(f, intervalMinutes, intervalsPerDay * days))
            .orElse(Map.of());
    List<QueueSpec> queues = new ArrayList<>();
    for (JsonField queue : top.get("queues").array()) {
      queues.add(queue(queue, intervalsPerDay, days, forecast));
    }
    Map<String, List<AgentShift>> shiftsByGroup =
        top.optional("schedule").map(s -> schedule(s, source)).orElse(Map.of());
    List<AgentGroupSpec> groups = new ArrayList<>();
    for (JsonField group : top.get("agentGroups").array()) {
      groups.add(agentGroup(group, shiftsByGroup, intervalsPerDay, days));
    }
    try {
      return new Scenario(
          name, days, intervalsPerDay, intervalMinutes, busyness, queues, groups, routing);
    } catch (IllegalArgumentException e) {
      throw top.invalid(e.getMessage());
    }
  }

  private static Routing routing(JsonField field) {
    field.object(Set.of("agentSelection", "contactSelection"));
    Routing defaults = Routing.defaults();
    return new Routing(
        field.has("agentSelection")
            ? field.get("agentSelection").enumValue(Routing.AgentSelection.class)
            : defaults.agentSelection(),
        field.has("contactSelection")
            ? field.get("contactSelection").enumValue(Routing.ContactSelection.class)
            : defaults.contactSelection());
  }

  private static QueueSpec queue(
      JsonField field, int intervalsPerDay, int days, Map<String, ForecastCsv.Series> forecast) {
    field.object(
        Set.of(
            "id",
            "channel",
            "arrivals",
            "handleTime",
            "afterContactWork",
            "patience",
            "serviceLevelThresholdSeconds",
            "priority",
            "ivrSelfServiceShare",
            "botDeflectionShare",
            "balkProbability",
            "retrial",
            "callback",
            "firstContactResolution",
            "affinitySeconds",
            "arrivalTimesSeconds",
            "handleTimeFromForecast"));
    String id = field.get("id").text();
    Channel channel =
        field.has("channel") ? field.get("channel").enumValue(Channel.class) : Channel.VOICE;
    double[] arrivals = new double[0];
    double[] arrivalTimes = new double[0];
    if (field.has("arrivalTimesSeconds")) {
      if (field.has("arrivals")) {
        throw field
            .get("arrivals")
            .invalid("give either arrivals (per interval) or arrivalTimesSeconds, not both");
      }
      List<JsonField> times = field.get("arrivalTimesSeconds").array();
      arrivalTimes = new double[times.size()];
      for (int i = 0; i < arrivalTimes.length; i++) {
        arrivalTimes[i] = times.get(i).nonNegative();
      }
    } else if (!field.has("arrivals") && forecast.containsKey(id)) {
      arrivals = forecast.get(id).offered();
    } else {
      JsonField arrivalsField = field.get("arrivals");
      if (!field.has("arrivals")) {
        throw arrivalsField.error(
            "expected contacts per interval (an array), arrivalTimesSeconds, or rows for queue "
                + id
                + " in the forecast file");
      }
      List<JsonField> items = arrivalsField.array();
      if (items.size() != intervalsPerDay && items.size() != intervalsPerDay * days) {
        throw arrivalsField.invalid(
            "expected "
                + intervalsPerDay
                + " values (one day) or "
                + intervalsPerDay * days
                + " (every interval), got "
                + items.size());
      }
      arrivals = new double[items.size()];
      for (int i = 0; i < arrivals.length; i++) {
        arrivals[i] = items.get(i).nonNegative();
      }
    }
    Distribution handle = distribution(field.get("handleTime"));
    Distribution wrapUp =
        field
            .optional("afterContactWork")
            .map(ScenarioReader::distribution)
            .orElse(new Constant(0));
    Optional<Distribution> patience = field.optional("patience").map(ScenarioReader::distribution);
    if (patience.isPresent() && !channel.isRealTime()) {
      throw field.get("patience").invalid(channel + " contacts do not abandon; remove patience");
    }
    double threshold = field.get("serviceLevelThresholdSeconds").nonNegative();
    int priority = field.has("priority") ? field.get("priority").integer(0) : 0;
    Retrial retrial =
        field
            .optional("retrial")
            .map(
                r -> {
                  r.object(Set.of("probability", "delay"));
                  return new Retrial(
                      r.get("probability").probability(), distribution(r.get("delay")));
                })
            .orElse(Retrial.none());
    Callback callback =
        field
            .optional("callback")
            .map(
                c -> {
                  c.object(Set.of("thresholdSeconds", "acceptProbability"));
                  return new Callback(
                      c.get("thresholdSeconds").nonNegative(),
                      c.get("acceptProbability").probability());
                })
            .orElse(Callback.none());
    FirstContactResolution fcr =
        field
            .optional("firstContactResolution")
            .map(
                f -> {
                  f.object(Set.of("rate", "repeatDelay"));
                  return new FirstContactResolution(
                      f.get("rate").probability(), distribution(f.get("repeatDelay")));
                })
            .orElse(FirstContactResolution.always());
    double[] handleTimeMeans = new double[0];
    if (field.has("handleTimeFromForecast")) {
      JsonField flag = field.get("handleTimeFromForecast");
      if (!flag.node().isBoolean()) {
        throw flag.error("true or false");
      }
      if (flag.node().asBoolean()) {
        if (!forecast.containsKey(id)) {
          throw flag.invalid("no rows for queue " + id + " in the forecast file");
        }
        handleTimeMeans = forecast.get(id).ahtSeconds();
      }
    }
    double ivr = share(field, "ivrSelfServiceShare");
    double bot = share(field, "botDeflectionShare");
    double balk = share(field, "balkProbability");
    double affinity = field.has("affinitySeconds") ? field.get("affinitySeconds").nonNegative() : 0;
    try {
      return new QueueSpec(
          id,
          channel,
          arrivals,
          handle,
          wrapUp,
          patience,
          threshold,
          priority,
          ivr,
          bot,
          balk,
          retrial,
          callback,
          fcr,
          affinity,
          arrivalTimes,
          handleTimeMeans);
    } catch (IllegalArgumentException e) {
      throw field.invalid(e.getMessage());
    }
  }

  private static double share(JsonField field, String name) {
    return field.has(name) ? field.get(name).probability() : 0;
  }

  private static AgentGroupSpec agentGroup(
      JsonField field, Map<String, List<AgentShift>> shiftsByGroup, int intervalsPerDay, int days) {
    field.object(
        Set.of(
            "id",
            "skills",
            "maxConcurrentChats",
            "chatSlowdown",
            "agentsPerInterval",
            "absenteeism"));
    String id = field.get("id").text();
    List<Skill> skills = new ArrayList<>();
    for (JsonField skill : field.get("skills").array()) {
      skill.object(Set.of("queue", "level", "delaySeconds"));
      skills.add(
          new Skill(
              skill.get("queue").text(),
              skill.has("level") ? skill.get("level").integer(0) : 1,
              skill.has("delaySeconds") ? skill.get("delaySeconds").nonNegative() : 0));
    }
    int maxChats = field.has("maxConcurrentChats") ? field.get("maxConcurrentChats").integer(1) : 1;
    double[] slowdown = new double[0];
    if (field.has("chatSlowdown")) {
      List<JsonField> items = field.get("chatSlowdown").array();
      slowdown = new double[items.size()];
      for (int i = 0; i < slowdown.length; i++) {
        slowdown[i] = items.get(i).positive();
      }
    }
    int[] staffing = new int[0];
    List<AgentShift> shifts = shiftsByGroup.getOrDefault(id, List.of());
    if (field.has("agentsPerInterval")) {
      JsonField staffingField = field.get("agentsPerInterval");
      List<JsonField> items = staffingField.array();
      if (items.size() != 1
          && items.size() != intervalsPerDay
          && items.size() != intervalsPerDay * days) {
        throw staffingField.invalid(
            "expected 1, "
                + intervalsPerDay
                + " or "
                + intervalsPerDay * days
                + " values, got "
                + items.size());
      }
      if (!shifts.isEmpty()) {
        throw staffingField.invalid(
            "the group also has shifts in the schedule; give one or the other");
      }
      staffing = new int[items.size()];
      for (int i = 0; i < staffing.length; i++) {
        staffing[i] = items.get(i).integer(0);
      }
    } else if (shifts.isEmpty()) {
      throw field
          .get("agentsPerInterval")
          .invalid(
              "expected agents per interval (an array), or shifts for this group in the schedule");
    }
    double absenteeism = field.has("absenteeism") ? field.get("absenteeism").probability() : 0;
    try {
      return new AgentGroupSpec(id, skills, maxChats, slowdown, staffing, shifts, absenteeism);
    } catch (IllegalArgumentException e) {
      throw field.invalid(e.getMessage());
    }
  }

  private Map<String, List<AgentShift>> schedule(JsonField field, String source) {
    field.object(Set.of("file", "start", "agentGroups", "defaultGroup"));
    String file = field.get("file").text();
    OffsetDateTime start;
    try {
      start = OffsetDateTime.parse(field.get("start").text());
    } catch (DateTimeParseException e) {
      throw field
          .get("start")
          .error("an ISO-8601 date-time with offset, e.g. 2026-03-02T00:00+02:00");
    }
    Map<String, String> groupOf = new HashMap<>();
    if (field.has("agentGroups")) {
      JsonField mapping = field.get("agentGroups");
      if (!mapping.node().isObject()) {
        throw mapping.error("an object mapping agent names to agent group ids");
      }
      mapping
          .node()
          .fieldNames()
          .forEachRemaining(agent -> groupOf.put(agent, mapping.get(agent).text()));
    }
    Optional<String> defaultGroup = field.optional("defaultGroup").map(JsonField::text);
    String text = load(field.get("file"));
    List<AgentShift> shifts = new ScheduleCsv(start).read(text, file);
    Map<String, List<AgentShift>> byGroup = new HashMap<>();
    for (AgentShift shift : shifts) {
      String group = groupOf.getOrDefault(shift.agent(), defaultGroup.orElse(null));
      if (group == null) {
        throw field
            .get("agentGroups")
            .invalid(
                "agent "
                    + shift.agent()
                    + " of "
                    + file
                    + " has no agent group; map it here or give defaultGroup");
      }
      byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(shift);
    }
    return byGroup;
  }

  private Map<String, ForecastCsv.Series> forecast(
      JsonField field, double intervalMinutes, int intervals) {
    field.object(Set.of("file", "start"));
    String file = field.get("file").text();
    LocalDateTime start;
    try {
      start = LocalDateTime.parse(field.get("start").text());
    } catch (DateTimeParseException e) {
      throw field.get("start").error("an ISO-8601 local date-time, e.g. 2026-03-02T00:00");
    }
    return new ForecastCsv(start, intervalMinutes, intervals).read(load(field.get("file")), file);
  }

  /** The text of a file named in the scenario; a loader error is reported at the naming field. */
  private String load(JsonField file) {
    String text;
    try {
      text = fileLoader.apply(file.text());
    } catch (IllegalArgumentException e) {
      throw file.invalid(e.getMessage());
    }
    if (text == null) {
      throw file.invalid("file not found: " + file.text());
    }
    return text;
  }

  /** A distribution object: {@code {"distribution": "exponential", "mean": 120}} and so on. */
  static Distribution distribution(JsonField field) {
    if (field.node() == null || !field.node().isObject()) {
      throw field.error(
          "a distribution object such as {\"distribution\": \"exponential\", " + "\"mean\": 120}");
    }
    String kind = field.has("distribution") ? field.get("distribution").text() : "";
    switch (kind) {
      case "exponential" -> {
        field.object(Set.of("distribution", "mean"));
        return new Exponential(field.get("mean").positive());
      }
      case "lognormal" -> {
        field.object(Set.of("distribution", "mean", "standardDeviation"));
        return new LogNormal(
            field.get("mean").positive(), field.get("standardDeviation").positive());
      }
      case "gamma" -> {
        field.object(Set.of("distribution", "shape", "scale"));
        return new Gamma(field.get("shape").positive(), field.get("scale").positive());
      }
      case "erlang" -> {
        field.object(Set.of("distribution", "phases", "mean"));
        return new Erlang(field.get("phases").integer(1), field.get("mean").positive());
      }
      case "empirical" -> {
        field.object(Set.of("distribution", "values"));
        List<JsonField> items = field.get("values").array();
        if (items.isEmpty()) {
          throw field.get("values").error("at least one value");
        }
        double[] values = new double[items.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = items.get(i).nonNegative();
        }
        return new Empirical(values);
      }
      case "weibull" -> {
        field.object(Set.of("distribution", "shape", "scale"));
        return new Weibull(field.get("shape").positive(), field.get("scale").positive());
      }
      case "uniform" -> {
        field.object(Set.of("distribution", "min", "max"));
        double min = field.get("min").nonNegative();
        double max = field.get("max").number();
        if (!(max > min)) {
          throw field.get("max").error("a number greater than min (" + min + ")");
        }
        return new Uniform(min, max);
      }
      case "constant" -> {
        field.object(Set.of("distribution", "value"));
        return new Constant(field.get("value").nonNegative());
      }
      default ->
          throw field
              .get("distribution")
              .error(
                  "one of exponential, lognormal, gamma, erlang, weibull, uniform, empirical,"
                      + " constant");
    }
  }
}
