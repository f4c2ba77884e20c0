package org.openwfm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.DoublePredicate;
import org.openwfm.simulator.queueing.Concurrency;
import org.openwfm.simulator.queueing.ErlangAResult;
import org.openwfm.simulator.queueing.ErlangCResult;
import org.openwfm.simulator.queueing.QueueMetrics;
import org.openwfm.simulator.queueing.QueueingModel;
import org.openwfm.simulator.queueing.ServiceLevelDefinition;
import org.openwfm.simulator.queueing.Staffing;
import org.openwfm.simulator.queueing.StaffingResult;
import org.openwfm.simulator.queueing.StaffingTargets;
import org.openwfm.simulator.queueing.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wfm erlang}: Erlang C or A measures of one queue in one interval, for a given number of
 * agents or for the least agents meeting targets. Prints one JSON object (snake_case keys; see
 * docs/staffing.md). Infinite values (an unstable Erlang C queue) are printed as {@code null} with
 * {@code "stable": false}.
 */
@Command(
    name = "erlang",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Erlang C or A for one interval: measures with --agents N, or the least agents meeting"
          + " targets.",
      "Prints one JSON object. See docs/staffing.md."
    })
public final class ErlangCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--model",
      required = true,
      paramLabel = "c|a",
      description = "c: Erlang C (no abandonment); a: Erlang A (needs --patience).")
  String model;

  @Option(
      names = "--volume",
      required = true,
      paramLabel = "V",
      description = "Contacts offered in the interval (>= 0).")
  String volumeText;

  @Option(
      names = "--interval-minutes",
      required = true,
      paramLabel = "M",
      description = "Interval length in minutes (> 0).")
  String intervalMinutesText;

  @Option(
      names = "--aht",
      required = true,
      paramLabel = "SECONDS",
      description = "Average handle time in seconds (> 0).")
  String ahtText;

  @Option(
      names = "--patience",
      paramLabel = "SECONDS",
      description = "Mean patience in seconds (> 0); model a only.")
  String patienceText;

  @Option(names = "--agents", paramLabel = "N", description = "Agents to evaluate (>= 1).")
  String agentsText;

  @Option(
      names = "--target-sl",
      paramLabel = "P",
      description = "Staff to a service level, a fraction in (0, 1), e.g. 0.8.")
  String targetSlText;

  @Option(
      names = "--sl-seconds",
      paramLabel = "T",
      defaultValue = "20",
      description = "Service-level threshold in seconds (>= 0, default ${DEFAULT-VALUE}).")
  String slSecondsText;

  @Option(
      names = "--target-asa",
      paramLabel = "S",
      description = "Staff to a maximum average speed of answer in seconds (> 0).")
  String targetAsaText;

  @Option(
      names = "--max-occupancy",
      paramLabel = "P",
      description = "Staff to a maximum occupancy, a fraction in (0, 1].")
  String maxOccupancyText;

  @Option(
      names = "--max-abandon",
      paramLabel = "P",
      description = "Staff to a maximum abandonment, a fraction in (0, 1); model a only.")
  String maxAbandonText;

  @Option(
      names = "--sl-definition",
      paramLabel = "offered|answered|excluding-short-abandons",
      defaultValue = "offered",
      description =
          "Service level over offered (default), over answered, or over offered minus those"
              + " abandoning within the threshold.")
  String slDefinition;

  @Option(
      names = "--concurrency",
      paramLabel = "K",
      defaultValue = "1",
      description = "Chat sessions per agent (>= 1, default 1).")
  String concurrencyText;

  @Option(
      names = "--slowdown",
      paramLabel = "S",
      defaultValue = "0",
      description = "Session lengthening per extra concurrent session, in [0, 1] (default 0).")
  String slowdownText;

  @Override
  public Integer call() throws JsonProcessingException {
    Map<String, Object> json = evaluate();
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    spec.commandLine().getOut().println(mapper.writeValueAsString(json));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private double volume;
  private double intervalMinutes;
  private double aht;
  private Double patience;
  private Integer agents;
  private Double targetSl;
  private double slSeconds;
  private Double targetAsa;
  private Double maxOccupancy;
  private Double maxAbandon;
  private int concurrency;
  private double slowdown;

  /** Validates the arguments and computes the JSON object as an ordered map. */
  Map<String, Object> evaluate() {
    volume = Range.NON_NEGATIVE.parse("--volume", volumeText);
    intervalMinutes = Range.POSITIVE.parse("--interval-minutes", intervalMinutesText);
    aht = Range.POSITIVE.parse("--aht", ahtText);
    patience = patienceText == null ? null : Range.POSITIVE.parse("--patience", patienceText);
    agents = agentsText == null ? null : Range.integer("--agents", agentsText, 1, 10_000_000);
    targetSl = targetSlText == null ? null : Range.OPEN_FRACTION.parse("--target-sl", targetSlText);
    slSeconds = Range.NON_NEGATIVE.parse("--sl-seconds", slSecondsText);
    targetAsa = targetAsaText == null ? null : Range.POSITIVE.parse("--target-asa", targetAsaText);
    maxOccupancy =
        maxOccupancyText == null
            ? null
            : Range.UP_TO_ONE.parse("--max-occupancy", maxOccupancyText);
    maxAbandon =
        maxAbandonText == null ? null : Range.OPEN_FRACTION.parse("--max-abandon", maxAbandonText);
    concurrency = Range.integer("--concurrency", concurrencyText, 1, 100);
    slowdown = Range.UNIT.parse("--slowdown", slowdownText);
    QueueingModel queueingModel = model();
    ServiceLevelDefinition definition = definition();
    Workload workload = new Workload(volume, intervalMinutes * 60, aht);
    Concurrency sessions = new Concurrency(concurrency, slowdown);
    Workload sessionLoad = workload.withAhtSeconds(sessions.sessionAhtSeconds(aht));

    boolean anyTarget =
        targetSl != null || targetAsa != null || maxOccupancy != null || maxAbandon != null;
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("model", queueingModel.code());
    QueueMetrics metrics;
    StaffingResult staffing = null;
    int agentCount;
    if (agents != null) {
      if (anyTarget) {
        throw new IllegalArgumentException(
            "--agents cannot be combined with --target-sl, --target-asa, --max-occupancy or"
                + " --max-abandon: give either agents to evaluate or targets to staff to");
      }
      agentCount = agents;
      metrics = queueingModel.evaluate(sessionLoad, agents * concurrency, slSeconds);
    } else {
      if (!anyTarget) {
        throw new IllegalArgumentException(
            "give --agents N, or at least one target: --target-sl P, --target-asa S,"
                + " --max-occupancy P, --max-abandon P");
      }
      staffing = Staffing.requirement(workload, queueingModel, sessions, targets(definition));
      agentCount = staffing.requiredAgents();
      metrics = staffing.metrics();
    }
    json.put("agents", agentCount);
    if (concurrency > 1) {
      json.put("servers", metrics.agents());
      json.put("concurrency", concurrency);
      json.put("slowdown", slowdown);
      json.put("session_aht_seconds", sessionLoad.ahtSeconds());
    }
    json.put("traffic_erlangs", metrics.trafficErlangs());
    json.put("volume", volume);
    json.put("interval_minutes", intervalMinutes);
    json.put("aht_seconds", aht);
    if (patience != null) {
      json.put("patience_seconds", patience);
    }
    if (metrics instanceof ErlangCResult c) {
      json.put("blocking", c.blocking());
    }
    json.put("p_wait", metrics.pWait());
    if (metrics instanceof ErlangAResult a) {
      json.put("p_abandon", a.pAbandon());
    }
    json.put("sl_seconds", slSeconds);
    json.put("sl_definition", slDefinition.toLowerCase(Locale.ROOT));
    json.put("service_level", metrics.serviceLevel(definition));
    if (metrics instanceof ErlangAResult a) {
      json.put("service_level_offered", a.serviceLevelOffered());
      json.put("service_level_answered", a.serviceLevelAnswered());
      json.put("service_level_excluding_short_abandons", a.serviceLevelExcludingShortAbandons());
      json.put("p_abandon_within_sl_seconds", a.abandonedWithin());
    }
    json.put("asa_seconds", finiteOrNull(metrics.asaSeconds()));
    if (metrics instanceof ErlangAResult a) {
      json.put("mean_wait_seconds", a.meanWaitSeconds());
    }
    json.put("occupancy", metrics.occupancy());
    json.put("mean_queue_length", finiteOrNull(metrics.meanQueueLength()));
    json.put("stable", metrics.stable());
    if (staffing != null) {
      json.put("required_fractional", staffing.requiredFractional());
    }
    return json;
  }

  private QueueingModel model() {
    if ("c".equals(model)) {
      if (patience != null) {
        throw new IllegalArgumentException("--patience applies to --model a only");
      }
      if (maxAbandon != null) {
        throw new IllegalArgumentException(
            "--max-abandon applies to --model a only (Erlang C has no abandonment)");
      }
      return QueueingModel.erlangC();
    }
    if ("a".equals(model)) {
      if (patience == null) {
        throw new IllegalArgumentException("--model a needs --patience SECONDS (> 0)");
      }
      return QueueingModel.erlangA(patience);
    }
    throw new IllegalArgumentException("--model must be c or a, got '" + model + "'");
  }

  private ServiceLevelDefinition definition() {
    return switch (slDefinition) {
      case "offered" -> ServiceLevelDefinition.OFFERED;
      case "answered" -> ServiceLevelDefinition.ANSWERED;
      case "excluding-short-abandons" -> ServiceLevelDefinition.OFFERED_EXCLUDING_SHORT_ABANDONS;
      default ->
          throw new IllegalArgumentException(
              "--sl-definition must be offered, answered or excluding-short-abandons, got '"
                  + slDefinition
                  + "'");
    };
  }

  private StaffingTargets targets(ServiceLevelDefinition definition) {
    StaffingTargets targets =
        StaffingTargets.none().withSlSeconds(slSeconds).withSlDefinition(definition);
    if (targetSl != null) {
      targets = targets.withServiceLevel(targetSl, slSeconds);
    }
    if (targetAsa != null) {
      targets = targets.withMaxAsaSeconds(targetAsa);
    }
    if (maxOccupancy != null) {
      targets = targets.withMaxOccupancy(maxOccupancy);
    }
    if (maxAbandon != null) {
      targets = targets.withMaxAbandon(maxAbandon);
    }
    return targets;
  }

  private static Object finiteOrNull(double value) {
    return Double.isFinite(value) ? value : null;
  }

  /** Accepted values of a number argument or field, and how to say so. */
  enum Range {
    POSITIVE("> 0", value -> value > 0),
    NON_NEGATIVE(">= 0", value -> value >= 0),
    OPEN_FRACTION("in (0, 1)", value -> value > 0 && value < 1),
    UP_TO_ONE("in (0, 1]", value -> value > 0 && value <= 1),
    UNIT("in [0, 1]", value -> value >= 0 && value <= 1),
    SHARE("in [0, 1)", value -> value >= 0 && value < 1);

    private final String text;
    private final DoublePredicate test;

    Range(String text, DoublePredicate test) {
      this.text = text;
      this.test = test;
    }

    /** How the range reads in a message, e.g. {@code in (0, 1)}. */
    String text() {
      return text;
    }

    boolean contains(double value) {
      return test.test(value) && !Double.isInfinite(value);
    }

    /** The number of an argument, or a one-line error naming it and the range. */
    double parse(String name, String text) {
      double value;
      try {
        value = Double.parseDouble(text.trim());
      } catch (NumberFormatException e) {
        value = Double.NaN;
      }
      if (!contains(value)) {
        throw new IllegalArgumentException(
            name + " must be a number " + this.text + ", got '" + text + "'");
      }
      return value;
    }

    /** A whole number in [min, max], or a one-line error naming it and the range. */
    static int integer(String name, String text, int min, int max) {
      int value;
      try {
        value = Integer.parseInt(text.trim());
      } catch (NumberFormatException e) {
        value = Integer.MIN_VALUE;
      }
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            name + " must be a whole number in [" + min + ", " + max + "], got '" + text + "'");
      }
      return value;
    }
  }
}
