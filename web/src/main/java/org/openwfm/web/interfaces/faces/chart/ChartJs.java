package org.openwfm.web.interfaces.faces.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Builds a Chart.js 4 configuration (JSON) for PrimeFaces 15's {@code <p:chart value="...">}: a line or bar
 * chart over category labels (e.g. interval start times), with a title, axis titles that carry the units, a
 * legend, and optional bands (a low and a high series with the area between them filled, e.g. a prediction
 * interval or a confidence interval). A null value is a gap. Use it with {@code extender="wfmChart"} (in
 * resources/js/wfm-charts.js, loaded by the shell), which keeps the band's unlabelled low edge out of the legend.
 *
 * <pre>{@code
 * String json = ChartJs.line("Offered contacts, voice-et, 2026-02-14")
 *     .xAxis("Interval (local time)").yAxis("Contacts per 15 min")
 *     .labels(times).band("80% interval", low, high).series("Forecast", offered).toJson();
 * }</pre>
 */
public final class ChartJs {

  private static final String[] PALETTE = {
    "#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#4b5563", "#ca8a04"
  };

  private final String type;
  private final String title;
  private String xTitle = "";
  private String yTitle = "";
  private boolean stacked;
  private List<String> labels = List.of();
  private final List<Dataset> datasets = new ArrayList<>();
  private int colour;

  private record Dataset(
      String label,
      String type,
      List<? extends Number> values,
      String colour,
      boolean fillToPrevious,
      boolean dashed,
      boolean band) {}

  private ChartJs(String type, String title) {
    this.type = type;
    this.title = Objects.requireNonNull(title);
  }

  /** A line chart. */
  public static ChartJs line(String title) {
    return new ChartJs("line", title);
  }

  /** A bar chart. */
  public static ChartJs bar(String title) {
    return new ChartJs("bar", title);
  }

  /** The title of the horizontal axis, with its unit. */
  public ChartJs xAxis(String axisTitle) {
    xTitle = Objects.requireNonNull(axisTitle);
    return this;
  }

  /** The title of the vertical axis, with its unit. */
  public ChartJs yAxis(String axisTitle) {
    yTitle = Objects.requireNonNull(axisTitle);
    return this;
  }

  /** Stacks bar series. */
  public ChartJs stacked() {
    stacked = true;
    return this;
  }

  /** The category labels along the horizontal axis. */
  public ChartJs labels(List<String> categoryLabels) {
    labels = List.copyOf(categoryLabels);
    return this;
  }

  /** A series drawn in the chart's own type. */
  public ChartJs series(String label, List<? extends Number> values) {
    datasets.add(new Dataset(label, type, values, nextColour(), false, false, false));
    return this;
  }

  /** A series drawn as a line (e.g. a requirement line over scheduled bars). */
  public ChartJs lineSeries(String label, List<? extends Number> values) {
    datasets.add(new Dataset(label, "line", values, nextColour(), false, false, false));
    return this;
  }

  /** A dashed line series (e.g. a target or a history reference). */
  public ChartJs dashedSeries(String label, List<? extends Number> values) {
    datasets.add(new Dataset(label, "line", values, nextColour(), false, true, false));
    return this;
  }

  /**
   * A band between two series, filled, with one legend entry ({@code label}); the low series is drawn without
   * its own legend entry.
   */
  public ChartJs band(String label, List<? extends Number> low, List<? extends Number> high) {
    String bandColour = nextColour();
    datasets.add(new Dataset("", "line", low, bandColour, false, false, true));
    datasets.add(new Dataset(label, "line", high, bandColour, true, false, true));
    return this;
  }

  private String nextColour() {
    return PALETTE[colour++ % PALETTE.length];
  }

  /** The configuration as JSON. */
  public String toJson() {
    StringBuilder json = new StringBuilder(256 + 16 * labels.size() * Math.max(1, datasets.size()));
    json.append("{\"type\":").append(string(type)).append(",\"data\":{\"labels\":[");
    for (int i = 0; i < labels.size(); i++) {
      json.append(i == 0 ? "" : ",").append(string(labels.get(i)));
    }
    json.append("],\"datasets\":[");
    for (int d = 0; d < datasets.size(); d++) {
      Dataset set = datasets.get(d);
      boolean band = set.band();
      json.append(d == 0 ? "" : ",").append("{\"label\":").append(string(set.label()));
      json.append(",\"type\":").append(string(set.type()));
      json.append(",\"borderColor\":").append(string(set.colour()));
      String background = band ? set.colour() + "33" : set.colour();
      json.append(",\"backgroundColor\":").append(string(background));
      json.append(",\"fill\":").append(set.fillToPrevious() ? "\"-1\"" : "false");
      json.append(",\"pointRadius\":").append(labels.size() > 60 || band ? 0 : 2);
      json.append(",\"borderWidth\":").append(band ? 0 : 2);
      if (set.dashed()) {
        json.append(",\"borderDash\":[6,4]");
      }
      json.append(",\"spanGaps\":false,\"data\":[");
      List<? extends Number> values = set.values();
      for (int i = 0; i < values.size(); i++) {
        json.append(i == 0 ? "" : ",").append(number(values.get(i)));
      }
      json.append("]}");
    }
    json.append("]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,");
    json.append("\"interaction\":{\"mode\":\"index\",\"intersect\":false},");
    json.append("\"plugins\":{\"title\":{\"display\":true,\"text\":").append(string(title)).append("},");
    json.append("\"legend\":{\"display\":true,\"position\":\"bottom\"}},");
    json.append("\"scales\":{\"x\":{\"stacked\":").append(stacked);
    json.append(",\"title\":{\"display\":true,\"text\":").append(string(xTitle)).append("}},");
    // Counts and agents start at zero, so a small change does not look like a large one.
    json.append("\"y\":{\"stacked\":").append(stacked).append(",\"min\":0");
    json.append(",\"title\":{\"display\":true,\"text\":").append(string(yTitle)).append("}}}}}");
    return json.toString();
  }

  private static String number(Number value) {
    if (value == null) {
      return "null";
    }
    double v = value.doubleValue();
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "null";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.4g", v).replaceFirst("\\.?0+(e|$)", "$1");
  }

  private static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<' -> out.append("\\u003c");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
