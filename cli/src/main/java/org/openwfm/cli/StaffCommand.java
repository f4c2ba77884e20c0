package org.openwfm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.openwfm.cli.ErlangCommand.Range;
import org.openwfm.simulator.queueing.Concurrency;
import org.openwfm.simulator.queueing.QueueMetrics;
import org.openwfm.simulator.queueing.QueueingModel;
import org.openwfm.simulator.queueing.ServiceLevelDefinition;
import org.openwfm.simulator.queueing.Shrinkage;
import org.openwfm.simulator.queueing.Staffing;
import org.openwfm.simulator.queueing.StaffingResult;
import org.openwfm.simulator.queueing.StaffingTargets;
import org.openwfm.simulator.queueing.Workload;
import org.openwfm.simulator.queueing.deferred.DeadlineClock;
import org.openwfm.simulator.queueing.deferred.DeferredInterval;
import org.openwfm.simulator.queueing.deferred.DeferredRequirement;
import org.openwfm.simulator.queueing.deferred.DeferredWorkPlanner;
import org.openwfm.simulator.queueing.deferred.DeferredWorkPolicy;
import org.openwfm.simulator.queueing.io.ForecastCsv;
import org.openwfm.simulator.queueing.io.ForecastRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wfm staff}: the requirement of every queue and interval of a forecast CSV, staffed to the
 * targets of a JSON configuration, written as a requirements CSV. Formats in docs/staffing.md. The
 * output file is written whole or not at all.
 */
@Command(
    name = "staff",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Requirements per queue and interval from a forecast CSV and a staffing configuration"
          + " (JSON).",
      "See docs/staffing.md for both formats and the output columns."
    })
public final class StaffCommand implements Callable<Integer> {

  /** Columns of the requirements CSV, in order. */
  static final List<String> COLUMNS =
      List.of(
          "queue",
          "interval_start",
          "model",
          "offered",
          "aht_seconds",
          "traffic_erlangs",
          "required_fractional",
          "required_agents",
          "shrinkage",
          "scheduled_fractional",
          "scheduled_agents",
          "service_level",
          "asa_seconds",
          "occupancy",
          "p_abandon",
          "backlog");

  private static final Set<Integer> INTERVAL_MINUTES = Set.of(5, 6, 10, 15, 30, 60);

  @Spec CommandSpec spec;

  @Option(
      names = "--forecast",
      required = true,
      paramLabel = "FILE",
      description =
          "Forecast CSV: queue,interval_start,offered,offered_low,offered_high,aht_seconds.")
  Path forecast;

  @Option(
      names = "--config",
      required = true,
      paramLabel = "FILE",
      description =
          "Staffing configuration (JSON): targets, patience, concurrency, deadlines, shrinkage.")
  Path config;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Requirements CSV to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Config settings = Config.read(config);
    List<ForecastRow> rows;
    try (Reader reader = Files.newBufferedReader(forecast, StandardCharsets.UTF_8)) {
      rows = ForecastCsv.read(reader, forecast.toString());
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("--forecast: no such file " + forecast);
    }
    Map<String, List<ForecastRow>> byQueue = new LinkedHashMap<>();
    for (ForecastRow row : rows) {
      byQueue.computeIfAbsent(row.queue(), queue -> new ArrayList<>()).add(row);
    }
    byQueue.values().forEach(list -> list.sort(Comparator.comparing(ForecastRow::intervalStart)));
    int minutes = settings.intervalMinutes().orElseGet(() -> inferMinutes(byQueue));

    // Settings first, in file order, so that a config error is reported as it is; then the queues
    // are independent and staffed in parallel, keeping their order.
    List<String> names = new ArrayList<>(byQueue.keySet());
    List<QueueSettings> queues = new ArrayList<>(names.size());
    for (String name : names) {
      queues.add(settings.forQueue(name, byQueue.get(name).get(0).line()));
    }
    List<List<String>> blocks =
        IntStream.range(0, names.size())
            .parallel()
            .mapToObj(
                i -> {
                  String name = names.get(i);
                  QueueSettings queue = queues.get(i);
                  return queue.deferred().isPresent()
                      ? deferredLines(name, byQueue.get(name), minutes, queue)
                      : queueLines(name, byQueue.get(name), minutes, queue);
                })
            .toList();
    List<String> lines = new ArrayList<>(rows.size() + 1);
    lines.add(String.join(",", COLUMNS));
    blocks.forEach(lines::addAll);
    write(lines);
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %d requirements of %d queues (%d-minute intervals) to %s%n",
            lines.size() - 1, byQueue.size(), minutes, out);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static List<String> queueLines(
      String name, List<ForecastRow> rows, int minutes, QueueSettings queue) {
    List<String> lines = new ArrayList<>(rows.size());
    for (ForecastRow row : rows) {
      // Zero handle time is allowed without contacts; any positive value gives the same answer
      // then.
      double aht = row.offered() == 0 && row.ahtSeconds() == 0 ? 1 : row.ahtSeconds();
      Workload workload = new Workload(row.offered(), minutes * 60.0, aht);
      StaffingResult result =
          Staffing.requirement(workload, queue.model(), queue.concurrency(), queue.targets());
      QueueMetrics metrics = result.metrics();
      lines.add(
          String.join(
              ",",
              name,
              row.intervalStart().toString(),
              queue.modelName(),
              number(row.offered()),
              number(row.ahtSeconds()),
              number(workload.trafficErlangs()),
              number(result.requiredFractional()),
              Integer.toString(result.requiredAgents()),
              number(queue.shrinkage().total()),
              number(result.scheduledFractional(queue.shrinkage())),
              Integer.toString(result.scheduledAgents(queue.shrinkage())),
              number(metrics.serviceLevel(queue.targets().slDefinition())),
              number(metrics.asaSeconds()),
              number(metrics.occupancy()),
              number(metrics.pAbandon()),
              ""));
    }
    return lines;
  }

  private static List<String> deferredLines(
      String name, List<ForecastRow> rows, int minutes, QueueSettings queue) {
    List<DeferredInterval> intervals = new ArrayList<>(rows.size());
    for (ForecastRow row : rows) {
      double aht = row.offered() == 0 && row.ahtSeconds() == 0 ? 1 : row.ahtSeconds();
      intervals.add(new DeferredInterval(row.intervalStart(), row.offered(), aht));
    }
    List<DeferredRequirement> plan =
        DeferredWorkPlanner.plan(intervals, minutes * 60.0, queue.deferred().orElseThrow());
    List<String> lines = new ArrayList<>(rows.size());
    Shrinkage shrinkage = queue.shrinkage();
    for (int i = 0; i < plan.size(); i++) {
      DeferredRequirement requirement = plan.get(i);
      ForecastRow row = rows.get(i);
      lines.add(
          String.join(
              ",",
              name,
              row.intervalStart().toString(),
              queue.modelName(),
              number(row.offered()),
              number(row.ahtSeconds()),
              number(row.offered() * row.ahtSeconds() / (minutes * 60.0)),
              number(requirement.requiredFractional()),
              Integer.toString(requirement.requiredAgents()),
              number(shrinkage.total()),
              number(shrinkage.grossUp(requirement.requiredFractional())),
              Integer.toString(shrinkage.scheduledAgents(requirement.requiredAgents())),
              requirement.withinDeadline().isPresent()
                  ? number(requirement.withinDeadline().getAsDouble())
                  : "",
              "",
              number(requirement.occupancy()),
              "",
              number(requirement.backlog())));
    }
    return lines;
  }

  private static int inferMinutes(Map<String, List<ForecastRow>> byQueue) {
    long smallest = Long.MAX_VALUE;
    for (List<ForecastRow> rows : byQueue.values()) {
      for (int i = 1; i < rows.size(); i++) {
        long gap =
            Duration.between(rows.get(i - 1).intervalStart(), rows.get(i).intervalStart())
                .toMinutes();
        smallest = Math.min(smallest, gap);
      }
    }
    if (smallest == Long.MAX_VALUE) {
      throw new IllegalArgumentException(
          "cannot infer the interval length from one interval per queue: set interval_minutes in"
              + " the config");
    }
    if (!INTERVAL_MINUTES.contains((int) Math.min(smallest, 1000))) {
      throw new IllegalArgumentException(
          "inferred an interval of "
              + smallest
              + " minutes; expected 5, 6, 10, 15, 30 or 60: set interval_minutes in the config");
    }
    return (int) smallest;
  }

  private void write(List<String> lines) throws IOException {
    Path target = out.toAbsolutePath();
    Path directory = target.getParent();
    if (directory != null && !Files.isDirectory(directory)) {
      throw new IllegalArgumentException("--out: no such directory " + directory);
    }
    Path temporary = Files.createTempFile(directory, ".staff-", ".csv.tmp");
    try {
      try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        for (String line : lines) {
          writer.write(line);
          writer.write('\n');
        }
      }
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Up to six decimals, no trailing zeros; empty for infinity (an unstable queue). */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    if (Math.abs(value) >= 1e12) {
      return new BigDecimal(value)
          .setScale(6, RoundingMode.HALF_UP)
          .stripTrailingZeros()
          .toPlainString();
    }
    // Hand-made rather than String.format: a year of 20 queues writes millions of numbers.
    long scaled = Math.round(Math.abs(value) * 1e6);
    StringBuilder text = new StringBuilder(24);
    if (value < 0 && scaled != 0) {
      text.append('-');
    }
    text.append(scaled / 1_000_000);
    long fraction = scaled % 1_000_000;
    if (fraction != 0) {
      String digits = Long.toString(1_000_000 + fraction).substring(1);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      text.append('.').append(digits, 0, end);
    }
    return text.toString();
  }

  /** Everything the staffing of one queue needs. */
  record QueueSettings(
      String modelName,
      QueueingModel model,
      Concurrency concurrency,
      StaffingTargets targets,
      Shrinkage shrinkage,
      Optional<DeferredWorkPolicy> deferred) {}

  /** The staffing configuration file. */
  static final class Config {
    private static final Set<String> ROOT_KEYS = Set.of("interval_minutes", "defaults", "queues");
    private static final Set<String> QUEUE_KEYS =
        Set.of(
            "model",
            "service_level",
            "max_asa_seconds",
            "max_abandon",
            "max_occupancy",
            "patience_seconds",
            "concurrency",
            "shrinkage",
            "min_agents",
            "deadline",
            "initial_backlog");

    private final String file;
    private final Optional<Integer> intervalMinutes;
    private final ObjectNode defaults;
    private final ObjectNode queues;

    private Config(String file, Optional<Integer> minutes, ObjectNode defaults, ObjectNode queues) {
      this.file = file;
      this.intervalMinutes = minutes;
      this.defaults = defaults;
      this.queues = queues;
    }

    static Config read(Path path) throws IOException {
      String file = path.toString();
      JsonNode root;
      try {
        root = new ObjectMapper().readTree(Files.readString(path, StandardCharsets.UTF_8));
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("--config: no such file " + path);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            file
                + " line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ": not valid JSON: "
                + e.getOriginalMessage()
                    .lines()
                    .findFirst()
                    .orElse("")
                    .replaceAll("\\s*\\(start marker.*$", "")
                    .replaceAll("\\s*at \\[Source.*$", ""));
      }
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException(file + ": expected a JSON object at the top");
      }
      checkKeys(file, "", root, ROOT_KEYS);
      Optional<Integer> minutes = Optional.empty();
      if (root.has("interval_minutes")) {
        JsonNode node = root.get("interval_minutes");
        if (!node.isIntegralNumber() || !INTERVAL_MINUTES.contains(node.asInt())) {
          throw new IllegalArgumentException(
              file + ": interval_minutes must be 5, 6, 10, 15, 30 or 60, got " + node);
        }
        minutes = Optional.of(node.asInt());
      }
      ObjectNode defaults = object(file, root, "defaults");
      ObjectNode queues = object(file, root, "queues");
      return new Config(file, minutes, defaults, queues);
    }

    Optional<Integer> intervalMinutes() {
      return intervalMinutes;
    }

    QueueSettings forQueue(String queue, int forecastLine) {
      ObjectNode merged = defaults.deepCopy();
      String path;
      if (queues.has(queue)) {
        JsonNode own = queues.get(queue);
        if (!own.isObject()) {
          throw new IllegalArgumentException(file + ": queues." + queue + " must be an object");
        }
        merged.setAll((ObjectNode) own);
        path = "queues." + queue;
      } else if (defaults.size() > 0) {
        path = "defaults";
      } else {
        throw new IllegalArgumentException(
            file
                + ": no entry queues."
                + queue
                + " and no defaults for the queue of forecast line "
                + forecastLine);
      }
      checkKeys(file, path + ".", merged, QUEUE_KEYS);
      return settings(path, merged);
    }

    private QueueSettings settings(String path, ObjectNode node) {
      String modelName = node.has("model") ? node.get("model").asText() : "erlang-c";
      Shrinkage shrinkage = shrinkage(path, node.get("shrinkage"));
      int minAgents = (int) number(path, node, "min_agents", 0, Range.NON_NEGATIVE);
      if (node.has("min_agents") && !node.get("min_agents").isIntegralNumber()) {
        throw new IllegalArgumentException(
            file
                + ": "
                + path
                + ".min_agents must be an integer >= 0, got "
                + node.get("min_agents"));
      }
      if (modelName.equals("deferred")) {
        JsonNode deadline = node.get("deadline");
        if (deadline == null || !deadline.isObject()) {
          throw new IllegalArgumentException(
              file
                  + ": "
                  + path
                  + ".deadline is required for model deferred, e.g."
                  + " {\"hours\": 8, \"target\": 0.95}");
        }
        String where = path + ".deadline";
        checkKeys(file, where + ".", deadline, Set.of("hours", "target", "clock"));
        double hours = number(where, deadline, "hours", Double.NaN, Range.POSITIVE);
        double target = number(where, deadline, "target", 0.95, Range.UP_TO_ONE);
        String clock = deadline.has("clock") ? deadline.get("clock").asText() : "open-hours";
        DeadlineClock deadlineClock =
            switch (clock) {
              case "open-hours" -> DeadlineClock.OPEN_HOURS;
              case "calendar" -> DeadlineClock.CALENDAR;
              default ->
                  throw new IllegalArgumentException(
                      file + ": " + where + ".clock must be open-hours or calendar, got " + clock);
            };
        double backlog = number(path, node, "initial_backlog", 0, Range.NON_NEGATIVE);
        DeferredWorkPolicy policy =
            new DeferredWorkPolicy(hours * 3600, target, deadlineClock, minAgents, backlog);
        return new QueueSettings(
            modelName,
            QueueingModel.erlangC(),
            Concurrency.NONE,
            StaffingTargets.none(),
            shrinkage,
            Optional.of(policy));
      }
      QueueingModel model =
          switch (modelName) {
            case "erlang-c" -> QueueingModel.erlangC();
            case "erlang-a" ->
                QueueingModel.erlangA(
                    number(path, node, "patience_seconds", Double.NaN, Range.POSITIVE));
            default ->
                throw new IllegalArgumentException(
                    file
                        + ": "
                        + path
                        + ".model must be erlang-c, erlang-a or deferred, got "
                        + modelName);
          };
      StaffingTargets targets = StaffingTargets.none().withMinAgents(minAgents);
      JsonNode sl = node.get("service_level");
      if (sl != null) {
        String where = path + ".service_level";
        if (!sl.isObject()) {
          throw new IllegalArgumentException(
              file + ": " + where + " must be an object, e.g. {\"target\": 0.8, \"seconds\": 20}");
        }
        checkKeys(file, where + ".", sl, Set.of("target", "seconds", "definition"));
        double seconds = number(where, sl, "seconds", 20, Range.NON_NEGATIVE);
        targets = targets.withSlSeconds(seconds);
        if (sl.has("target")) {
          targets =
              targets.withServiceLevel(
                  number(where, sl, "target", Double.NaN, Range.OPEN_FRACTION), seconds);
        }
        String definition = sl.has("definition") ? sl.get("definition").asText() : "offered";
        targets =
            targets.withSlDefinition(
                switch (definition) {
                  case "offered" -> ServiceLevelDefinition.OFFERED;
                  case "answered" -> ServiceLevelDefinition.ANSWERED;
                  case "excluding-short-abandons" ->
                      ServiceLevelDefinition.OFFERED_EXCLUDING_SHORT_ABANDONS;
                  default ->
                      throw new IllegalArgumentException(
                          file
                              + ": "
                              + where
                              + ".definition must be offered, answered or"
                              + " excluding-short-abandons, got "
                              + definition);
                });
      }
      if (node.has("max_asa_seconds")) {
        targets =
            targets.withMaxAsaSeconds(
                number(path, node, "max_asa_seconds", Double.NaN, Range.POSITIVE));
      }
      if (node.has("max_abandon")) {
        if (modelName.equals("erlang-c")) {
          throw new IllegalArgumentException(
              file
                  + ": "
                  + path
                  + ".max_abandon needs model erlang-a (Erlang C has no abandonment)");
        }
        targets =
            targets.withMaxAbandon(
                number(path, node, "max_abandon", Double.NaN, Range.OPEN_FRACTION));
      }
      if (node.has("max_occupancy")) {
        targets =
            targets.withMaxOccupancy(
                number(path, node, "max_occupancy", Double.NaN, Range.UP_TO_ONE));
      }
      if (!targets.hasTarget()) {
        throw new IllegalArgumentException(
            file
                + ": "
                + path
                + " needs at least one target: service_level.target, max_asa_seconds, max_abandon"
                + " or max_occupancy");
      }
      Concurrency concurrency = Concurrency.NONE;
      JsonNode chat = node.get("concurrency");
      if (chat != null) {
        String where = path + ".concurrency";
        checkKeys(file, where + ".", chat, Set.of("sessions", "slowdown"));
        JsonNode sessions = chat.get("sessions");
        if (sessions == null || !sessions.isIntegralNumber() || sessions.asInt() < 1) {
          throw new IllegalArgumentException(
              file + ": " + where + ".sessions must be an integer >= 1, got " + sessions);
        }
        double slowdown = number(where, chat, "slowdown", 0, Range.UNIT);
        concurrency = new Concurrency(sessions.asInt(), slowdown);
      }
      return new QueueSettings(modelName, model, concurrency, targets, shrinkage, Optional.empty());
    }

    private Shrinkage shrinkage(String path, JsonNode node) {
      if (node == null) {
        return Shrinkage.DEFAULT;
      }
      String where = path + ".shrinkage";
      checkKeys(file, where + ".", node, Set.of("breaks", "training", "absenteeism", "other"));
      try {
        return new Shrinkage(
            number(where, node, "breaks", 0, Range.SHARE),
            number(where, node, "training", 0, Range.SHARE),
            number(where, node, "absenteeism", Shrinkage.DEFAULT_ABSENTEEISM, Range.SHARE),
            number(where, node, "other", 0, Range.SHARE));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": " + where + ": " + e.getMessage());
      }
    }

    /** A number field within a range; {@code fallback} when absent, NaN making it required. */
    private double number(String path, JsonNode node, String key, double fallback, Range range) {
      JsonNode value = node.get(key);
      if (value == null) {
        if (Double.isNaN(fallback)) {
          throw new IllegalArgumentException(
              file + ": " + path + "." + key + " is required, a number " + range.text());
        }
        return fallback;
      }
      double number = value.isNumber() ? value.asDouble() : Double.NaN;
      if (!range.contains(number) || Double.isInfinite(number)) {
        throw new IllegalArgumentException(
            file
                + ": "
                + path
                + "."
                + key
                + " must be a number "
                + range.text()
                + ", got "
                + value);
      }
      return number;
    }

    private static ObjectNode object(String file, JsonNode root, String key) {
      JsonNode node = root.get(key);
      if (node == null) {
        return new ObjectMapper().createObjectNode();
      }
      if (!node.isObject()) {
        throw new IllegalArgumentException(file + ": " + key + " must be a JSON object");
      }
      return (ObjectNode) node;
    }

    private static void checkKeys(String file, String prefix, JsonNode node, Set<String> allowed) {
      if (!node.isObject()) {
        throw new IllegalArgumentException(
            file
                + ": "
                + prefix.substring(0, Math.max(0, prefix.length() - 1))
                + " must be an object");
      }
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!allowed.contains(name)) {
          throw new IllegalArgumentException(
              file
                  + ": unknown field "
                  + prefix
                  + name
                  + " (expected one of "
                  + String.join(", ", allowed.stream().sorted().toList())
                  + ")");
        }
      }
    }
  }
}
