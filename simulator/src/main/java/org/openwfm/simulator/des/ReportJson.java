package org.openwfm.simulator.des;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.openwfm.simulator.des.stats.Estimate;

/**
 * Writes a {@link SimulationReport} as JSON: {@code queues} (each with {@code id}, every metric as
 * {@code {"mean": x, "ci95": [lo, hi]}} per day over the horizon, then {@code days} and optionally
 * {@code intervals}), {@code total} (all queues together, same form) and {@code agentGroups} (each
 * with {@code id} and {@code occupancy} in the same form). An undefined quantity (e.g. service
 * level with nothing served) is written as {@code null}.
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /** The report as pretty-printed JSON text. */
  public static String write(SimulationReport report) {
    return text(tree(report));
  }

  /**
   * A comparison as pretty-printed JSON: {@code base}, {@code variant} and {@code difference}
   * (variant minus base, paired replication by replication), each a report as {@link #write}.
   */
  public static String write(Simulator.Comparison comparison) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("base", tree(comparison.base()));
    root.set("variant", tree(comparison.variant()));
    root.set("difference", tree(comparison.difference()));
    return text(root);
  }

  private static String text(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write report JSON", e);
    }
  }

  private static ObjectNode tree(SimulationReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("scenario", report.scenario());
    root.put("replications", report.replications());
    root.put("seed", report.seed());
    root.put("events", report.events());
    ArrayNode queues = root.putArray("queues");
    for (SimulationReport.QueueReport queue : report.queues()) {
      ObjectNode node = queues.addObject();
      node.put("id", queue.id());
      metrics(node, queue.perDay());
      daysAndIntervals(node.putArray("days"), "day", queue.days());
      if (!queue.intervals().isEmpty()) {
        daysAndIntervals(node.putArray("intervals"), "interval", queue.intervals());
      }
    }
    ObjectNode total = root.putObject("total");
    metrics(total, report.total().perDay());
    daysAndIntervals(total.putArray("days"), "day", report.total().days());
    if (!report.total().intervals().isEmpty()) {
      daysAndIntervals(total.putArray("intervals"), "interval", report.total().intervals());
    }
    ArrayNode groups = root.putArray("agentGroups");
    for (SimulationReport.GroupReport group : report.agentGroups()) {
      ObjectNode node = groups.addObject();
      node.put("id", group.id());
      groupMetrics(node, group.perDay());
      ArrayNode days = node.putArray("days");
      for (int d = 0; d < group.days().size(); d++) {
        ObjectNode day = days.addObject();
        day.put("day", d + 1);
        groupMetrics(day, group.days().get(d));
      }
      if (!group.intervals().isEmpty()) {
        ArrayNode intervals = node.putArray("intervals");
        for (int i = 0; i < group.intervals().size(); i++) {
          ObjectNode interval = intervals.addObject();
          interval.put("interval", i);
          groupMetrics(interval, group.intervals().get(i));
        }
      }
    }
    return root;
  }

  private static void daysAndIntervals(
      ArrayNode array, String key, List<Map<QueueMetric, Estimate>> scopes) {
    for (int i = 0; i < scopes.size(); i++) {
      ObjectNode node = array.addObject();
      node.put(key, key.equals("day") ? i + 1 : i);
      metrics(node, scopes.get(i));
    }
  }

  private static void groupMetrics(ObjectNode node, Map<GroupMetric, Estimate> estimates) {
    for (GroupMetric metric : GroupMetric.values()) {
      estimate(node, metric.jsonName(), estimates.get(metric));
    }
  }

  private static void metrics(ObjectNode node, Map<QueueMetric, Estimate> estimates) {
    for (QueueMetric metric : QueueMetric.values()) {
      estimate(node, metric.jsonName(), estimates.get(metric));
    }
  }

  private static void estimate(ObjectNode node, String name, Estimate estimate) {
    ObjectNode value = node.putObject(name);
    if (Double.isNaN(estimate.mean())) {
      value.putNull("mean");
      value.putNull("ci95");
      return;
    }
    value.put("mean", estimate.mean());
    ArrayNode ci = value.putArray("ci95");
    ci.add(estimate.lower());
    ci.add(estimate.upper());
  }
}
