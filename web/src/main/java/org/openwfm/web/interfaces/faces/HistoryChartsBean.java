package org.openwfm.web.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openwfm.web.application.forecast.HistorySeries;
import org.openwfm.web.application.forecast.HistorySeries.Point;
import org.openwfm.web.application.forecast.HistorySeries.Total;
import org.openwfm.web.interfaces.faces.chart.ChartJs;

/**
 * The history charts page: offered contacts of one queue in a day (intervals), a week (daily totals, Monday to
 * Sunday) or a year (weekly totals of the 52 weeks up to the chosen day), around a chosen date.
 */
@Named
@ViewScoped
public class HistoryChartsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd");

  /** The three views. */
  public enum View {
    DAY,
    WEEK,
    YEAR
  }

  @Inject private transient HistorySeries series;

  private Map<String, HistorySeries.Span> spans;
  private String queue;
  private View view = View.WEEK;
  private LocalDate date;
  private String chart;
  private String caption;
  private boolean noData;

  @PostConstruct
  void load() {
    spans = series.spans();
    if (!spans.isEmpty()) {
      queue = spans.keySet().iterator().next();
      // History dated after today is no actual (e.g. a test import far ahead): start from today at the latest.
      LocalDate last = spans.get(queue).last();
      date = last.isAfter(LocalDate.now()) ? LocalDate.now() : last;
      show();
    }
  }

  /** Draws the chart for the chosen queue, view and date. */
  public void show() {
    if (queue == null || date == null) {
      return;
    }
    ChartJs config;
    switch (view) {
      case DAY -> {
        List<Point> points = series.intervals(queue, date, date);
        int minutes = points.stream().mapToInt(Point::minutes).max().orElse(15);
        caption = Messages.text("forecast.chartDay", queue, DAY.format(date));
        config = ChartJs.bar(caption)
            .xAxis(Messages.text("forecast.axisTime"))
            .yAxis(Messages.text("forecast.axisPerInterval", minutes))
            .labels(points.stream().map(p -> TIME.format(p.start())).toList())
            .series(Messages.text("forecast.seriesOffered"), points.stream().map(Point::offered).toList());
        noData = points.isEmpty();
      }
      case WEEK -> {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Total> days = series.dailyTotals(queue, monday, monday.plusDays(6));
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
          LocalDate day = monday.plusDays(d);
          labels.add(DAY.format(day));
          values.add(days.stream().filter(t -> t.day().equals(day)).map(Total::offered).findFirst().orElse(null));
        }
        caption = Messages.text("forecast.chartWeek", queue, monday.toString());
        config = ChartJs.bar(caption)
            .xAxis(Messages.text("forecast.axisDay"))
            .yAxis(Messages.text("forecast.axisPerDay"))
            .labels(labels)
            .series(Messages.text("forecast.seriesOffered"), values);
        noData = days.isEmpty();
      }
      default -> {
        LocalDate from = date.minusWeeks(52).plusDays(1);
        List<Total> weeks = series.weeklyTotals(queue, from, date);
        caption = Messages.text("forecast.chartYear", queue, from.toString(), date.toString());
        config = ChartJs.line(caption)
            .xAxis(Messages.text("forecast.axisWeek"))
            .yAxis(Messages.text("forecast.axisPerWeek"))
            .labels(weeks.stream().map(t -> t.day().toString()).toList())
            .series(Messages.text("forecast.seriesOffered"), weeks.stream().map(Total::offered).toList());
        noData = weeks.isEmpty();
      }
    }
    chart = config.toJson();
  }

  /** Moves the date one day, week or year back ({@code -1}) or forward ({@code 1}). */
  public void step(int direction) {
    if (date == null) {
      return;
    }
    date = switch (view) {
      case DAY -> date.plusDays(direction);
      case WEEK -> date.plusWeeks(direction);
      case YEAR -> date.plusYears(direction);
    };
    show();
  }

  public List<String> getQueues() {
    return new ArrayList<>(spans.keySet());
  }

  public View[] getViews() {
    return View.values();
  }

  /** The first day with history of the chosen queue (the date picker's minimum). */
  public LocalDate getMinDate() {
    return queue == null ? null : spans.get(queue).first();
  }

  /** The last day with history of the chosen queue (the date picker's maximum). */
  public LocalDate getMaxDate() {
    return queue == null ? null : spans.get(queue).last();
  }

  public String getChart() {
    return chart;
  }

  /** The chart's title as text, for screen readers (a canvas has no text) and tests. */
  public String getCaption() {
    return caption;
  }

  /** Whether the chosen period has no history (the chart is then empty). */
  public boolean isNoData() {
    return noData;
  }

  public String getQueue() {
    return queue;
  }

  public void setQueue(String queue) {
    this.queue = queue;
  }

  public View getView() {
    return view;
  }

  public void setView(View view) {
    this.view = view;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }
}
