package org.openwfm.web.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openwfm.web.application.forecast.ForecastDetail;
import org.openwfm.web.application.forecast.ForecastDetail.BacktestRow;
import org.openwfm.web.application.forecast.ForecastDetail.OverrideRow;
import org.openwfm.web.application.forecast.ForecastExport;
import org.openwfm.web.application.forecast.ForecastJobs;
import org.openwfm.web.application.forecast.ForecastOrder;
import org.openwfm.web.application.forecast.ForecastOverrideService;
import org.openwfm.web.application.forecast.ForecastQueries;
import org.openwfm.web.application.forecast.ForecastVersion;
import org.openwfm.web.application.forecast.HistorySeries;
import org.openwfm.web.application.forecast.IntervalRow;
import org.openwfm.web.application.forecast.OverrideChange;
import org.openwfm.web.application.forecast.QueueAccuracy;
import org.openwfm.web.interfaces.faces.chart.ChartJs;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The forecast page: start a run (queues, days, first day, method, band level) and follow its job; the versions;
 * for a chosen version and queue the chart of recent history and the forecast with its band, the back-test, the
 * accuracy against actuals, downloads, and overrides that save a new version.
 */
@Named
@ViewScoped
public class ForecastBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Days of history before the forecast the chart shows. */
  static final int HISTORY_DAYS = 14;

  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Inject private transient ForecastJobs jobs;
  @Inject private transient ForecastQueries queries;
  @Inject private transient ForecastOverrideService overrides;
  @Inject private transient HistorySeries history;
  @Inject private transient SecurityContext security;

  private List<String> allQueues;
  private List<String> methods;

  private List<String> queues = new ArrayList<>();
  private int days = ForecastOrder.DEFAULT_DAYS;
  private LocalDate firstDay;
  private String method = "auto";
  private double levelPercent = ForecastOrder.DEFAULT_LEVEL * 100;
  private String name;
  private Long jobId;

  private List<ForecastVersion> versions;
  private Long versionId;
  private String queue;
  private ForecastDetail detail;
  private List<QueueAccuracy> accuracy = List.of();
  private String chart;
  private String caption;

  private LocalDate overrideDay;
  private String overrideInterval;
  private String overrideMode = "factor";
  private Double overrideValue;
  private String overrideReason;

  @PostConstruct
  void load() {
    allQueues = new ArrayList<>(history.spans().keySet());
    methods = jobs.methods();
    versions = queries.versions();
    if (!versions.isEmpty()) {
      versionId = versions.get(0).id();
      openVersion();
    }
  }

  /** Starts a forecast run as a background job. */
  public void start() {
    try {
      ForecastOrder order = new ForecastOrder(Optional.ofNullable(name), queues, days, Optional.ofNullable(firstDay),
          method, levelPercent / 100.0);
      jobId = jobs.submit(order, security.getCallerPrincipal().getName());
      Messages.info("forecast.started", jobId);
    } catch (IllegalArgumentException e) {
      Messages.error(e.getMessage());
    }
  }

  /** Called once when the job ends: shows the newest version. */
  public void jobDone() {
    versions = queries.versions();
    if (!versions.isEmpty() && (versionId == null || versions.get(0).id() != versionId)) {
      versionId = versions.get(0).id();
      queue = null;
      openVersion();
    }
  }

  /** Opens the chosen version: detail, accuracy, chart of the chosen (or first) queue. */
  public void openVersion() {
    if (versionId == null) {
      return;
    }
    detail = queries.detail(versionId);
    accuracy = queries.accuracy(versionId);
    if (queue == null || detail.queues().stream().noneMatch(q -> q.queue().equals(queue))) {
      queue = detail.queues().isEmpty() ? null : detail.queues().get(0).queue();
    }
    if (overrideDay == null || overrideDay.isBefore(detail.header().firstDay())
        || overrideDay.isAfter(detail.header().lastDay())) {
      overrideDay = detail.header().firstDay();
    }
    drawChart();
  }

  /** Opens a version from the versions table. */
  public void open(long id) {
    versionId = id;
    openVersion();
  }

  /** Draws the chosen queue's recent history and forecast with the band. */
  public void drawChart() {
    if (detail == null || queue == null) {
      chart = null;
      return;
    }
    ForecastVersion header = detail.header();
    List<IntervalRow> rows = queries.intervals(header.id(), Optional.of(queue), Optional.empty(), Optional.empty());
    Map<LocalDateTime, Double> actual = new TreeMap<>();
    for (HistorySeries.Point p : history.intervals(queue, header.firstDay().minusDays(HISTORY_DAYS), header.lastDay())) {
      actual.put(p.start(), p.offered());
    }
    Map<LocalDateTime, IntervalRow> forecast = new TreeMap<>();
    rows.forEach(r -> forecast.put(r.start(), r));
    TreeSet<LocalDateTime> times = new TreeSet<>(actual.keySet());
    times.addAll(forecast.keySet());
    List<String> labels = new ArrayList<>(times.size());
    List<Double> historyValues = new ArrayList<>(times.size());
    List<Double> offered = new ArrayList<>(times.size());
    List<Double> low = new ArrayList<>(times.size());
    List<Double> high = new ArrayList<>(times.size());
    for (LocalDateTime time : times) {
      labels.add(LABEL.format(time));
      historyValues.add(actual.get(time));
      IntervalRow row = forecast.get(time);
      offered.add(row == null ? null : row.offered());
      low.add(row == null ? null : row.low());
      high.add(row == null ? null : row.high());
    }
    int minutes = rows.stream().mapToInt(IntervalRow::minutes).max().orElse(15);
    caption = Messages.text("forecast.chartForecast", queue, header.label());
    chart = ChartJs.line(caption)
        .xAxis(Messages.text("forecast.axisTime"))
        .yAxis(Messages.text("forecast.axisPerInterval", minutes))
        .labels(labels)
        .band(Messages.text("forecast.seriesBand", Math.round(header.level() * 100)), low, high)
        .series(Messages.text("forecast.seriesHistory"), historyValues)
        .series(Messages.text("forecast.seriesForecast"), offered)
        .toJson();
  }

  /** Saves the override form as a new version and opens it. */
  public void saveOverride() {
    try {
      Optional<LocalDateTime> interval = overrideInterval == null || overrideInterval.isBlank()
          ? Optional.empty()
          : Optional.of(overrideDay.atTime(LocalTime.parse(overrideInterval)));
      boolean total = "total".equals(overrideMode);
      OverrideChange change = new OverrideChange(queue, overrideDay, interval,
          total ? Optional.empty() : Optional.ofNullable(overrideValue),
          total ? Optional.ofNullable(overrideValue) : Optional.empty(), overrideReason);
      long created = overrides.override(versionId, Optional.empty(), List.of(change),
          security.getCallerPrincipal().getName());
      Messages.info("forecast.overrideSaved", created);
      versions = queries.versions();
      versionId = created;
      overrideReason = null;
      overrideValue = null;
      openVersion();
    } catch (IllegalArgumentException e) {
      Messages.error(e.getMessage());
    }
  }

  /** The chosen version's intervals as CSV (Forecast CSV layout). */
  public StreamedContent getCsv() {
    return download("csv");
  }

  /** The chosen version's intervals as an Excel workbook. */
  public StreamedContent getXlsx() {
    return download("xlsx");
  }

  private StreamedContent download(String format) {
    List<IntervalRow> rows = queries.intervals(versionId, Optional.empty(), Optional.empty(), Optional.empty());
    ForecastExport.Download file = ForecastExport.download(versionId, Optional.empty(), rows, format);
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.contentType())
        .contentLength((long) file.body().length)
        .stream(() -> new ByteArrayInputStream(file.body()))
        .build();
  }

  /** The interval starts of the chosen queue on the override day, for the interval chooser. */
  public List<String> getIntervalChoices() {
    if (versionId == null || queue == null || overrideDay == null) {
      return List.of();
    }
    return queries.intervals(versionId, Optional.of(queue), Optional.of(overrideDay), Optional.of(overrideDay))
        .stream().map(r -> TIME.format(r.start())).toList();
  }

  /** The back-test rows of the chosen queue, best WAPE first. */
  public List<BacktestRow> getBacktest() {
    return detail == null ? List.of() : detail.backtest().stream().filter(b -> b.queue().equals(queue)).toList();
  }

  public List<OverrideRow> getOverrides() {
    return detail == null ? List.of() : detail.overrides();
  }

  public List<String> getVersionQueues() {
    return detail == null ? List.of() : detail.queues().stream().map(ForecastDetail.QueueResult::queue).toList();
  }

  public List<String> getAllQueues() {
    return allQueues;
  }

  public List<String> getMethods() {
    return methods;
  }

  public List<ForecastVersion> getVersions() {
    return versions;
  }

  public ForecastDetail getDetail() {
    return detail;
  }

  public List<QueueAccuracy> getAccuracy() {
    return accuracy;
  }

  public String getChart() {
    return chart;
  }

  /** The chart's title as text, for screen readers (a canvas has no text) and tests. */
  public String getCaption() {
    return caption;
  }

  public Long getJobId() {
    return jobId;
  }

  public List<String> getQueues() {
    return queues;
  }

  public void setQueues(List<String> queues) {
    this.queues = queues == null ? new ArrayList<>() : new ArrayList<>(queues);
  }

  public int getDays() {
    return days;
  }

  public void setDays(int days) {
    this.days = days;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public double getLevelPercent() {
    return levelPercent;
  }

  public void setLevelPercent(double levelPercent) {
    this.levelPercent = levelPercent;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getVersionId() {
    return versionId;
  }

  public void setVersionId(Long versionId) {
    this.versionId = versionId;
  }

  public String getQueue() {
    return queue;
  }

  public void setQueue(String queue) {
    this.queue = queue;
  }

  public LocalDate getOverrideDay() {
    return overrideDay;
  }

  public void setOverrideDay(LocalDate overrideDay) {
    this.overrideDay = overrideDay;
  }

  public String getOverrideInterval() {
    return overrideInterval;
  }

  public void setOverrideInterval(String overrideInterval) {
    this.overrideInterval = overrideInterval;
  }

  public String getOverrideMode() {
    return overrideMode;
  }

  public void setOverrideMode(String overrideMode) {
    this.overrideMode = overrideMode;
  }

  public Double getOverrideValue() {
    return overrideValue;
  }

  public void setOverrideValue(Double overrideValue) {
    this.overrideValue = overrideValue;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }
}
