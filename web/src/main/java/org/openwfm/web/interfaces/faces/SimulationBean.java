package org.openwfm.web.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openwfm.web.application.requirement.ForecastReader;
import org.openwfm.web.application.requirement.ForecastReader.ForecastInfo;
import org.openwfm.web.application.requirement.QueueTargets;
import org.openwfm.web.application.requirement.ResultTables;
import org.openwfm.web.application.requirement.TargetService;
import org.openwfm.web.application.simulation.SimulationLauncher;
import org.openwfm.web.application.simulation.SimulationRequest;
import org.openwfm.web.application.simulation.SimulationRow;
import org.openwfm.web.application.simulation.SimulationService;
import org.openwfm.web.application.simulation.SimulationService.ScheduleInfo;
import org.openwfm.web.application.simulation.SimulationSummary;
import org.openwfm.web.infrastructure.export.Table;
import org.openwfm.web.interfaces.faces.chart.ChartJs;
import org.primefaces.model.StreamedContent;

/**
 * The simulation page: start a simulation of a schedule against a forecast (a background job with progress per
 * replication), and a simulation's results per queue, and per interval for a chosen queue and day with the 95%
 * confidence intervals, weak intervals highlighted.
 */
@Named
@ViewScoped
public class SimulationBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient SimulationService simulations;
  @Inject private transient SimulationLauncher launcher;
  @Inject private transient ForecastReader forecastReader;
  @Inject private transient TargetService targets;
  @Inject private transient SecurityContext security;

  private List<ScheduleInfo> schedules;
  private List<ForecastInfo> forecasts;
  private List<SimulationSummary> list;
  private Long scheduleId;
  private Long forecastId;
  private LocalDate firstDay;
  private Integer days;
  private Integer replications = SimulationService.DEFAULT_REPLICATIONS;
  private Long seed = 1L;
  private Long jobId;
  private Long simulationId;
  private String queue;
  private LocalDate day;
  private String rowsKey;
  private List<SimulationRow> rows = List.of();

  @PostConstruct
  void load() {
    schedules = simulations.schedules();
    forecasts = forecastReader.list();
    list = simulations.list();
    if (simulationId == null && !list.isEmpty()) {
      select(list.get(0).id());
    }
  }

  /** Starts the simulation job. */
  public void start() {
    try {
      jobId = launcher.start(new SimulationRequest(scheduleId, forecastId, firstDay, days, replications, seed),
          security.getCallerPrincipal().getName());
      Messages.info("simulation.started");
    } catch (IllegalArgumentException e) {
      Messages.error(e.getMessage());
    }
  }

  /** Called when the job ends: shows the newest simulation. */
  public void jobDone() {
    list = simulations.list();
    if (!list.isEmpty()) {
      select(list.get(0).id());
    }
  }

  /** Shows a simulation. */
  public void select(Long id) {
    simulationId = id;
    Optional<SimulationSummary> current = current();
    if (current.isEmpty()) {
      return;
    }
    SimulationSummary simulation = current.get();
    if (!simulation.queues().isEmpty()
        && (queue == null || simulation.queues().stream().noneMatch(q -> q.queue().equals(queue)))) {
      queue = simulation.queues().get(0).queue();
    }
    if (day == null || day.isBefore(simulation.firstDay()) || day.isAfter(simulation.lastDay())) {
      day = simulation.firstDay();
    }
  }

  public Optional<SimulationSummary> current() {
    return simulationId == null ? Optional.empty() : list.stream().filter(s -> s.id() == simulationId).findFirst();
  }

  public SimulationSummary getCurrent() {
    return current().orElse(null);
  }

  /** The days of the current simulation. */
  public List<LocalDate> getDays() {
    List<LocalDate> result = new ArrayList<>();
    current().ifPresent(s -> s.firstDay().datesUntil(s.lastDay().plusDays(1)).forEach(result::add));
    return result;
  }

  /** The chosen queue's intervals on the chosen day. */
  public List<SimulationRow> getRows() {
    if (simulationId == null || queue == null || day == null) {
      return List.of();
    }
    String key = simulationId + "/" + queue + "/" + day;
    if (!key.equals(rowsKey)) {
      rows = simulations.intervals(simulationId, Optional.of(queue), Optional.of(day));
      rowsKey = key;
    }
    return rows;
  }

  /** Service level (%) per interval with its 95% confidence band and the queue's target. */
  public String getChart() {
    List<SimulationRow> shown = getRows();
    double target = targets.find(queue).map(QueueTargets::serviceLevelTarget).orElse(Double.NaN) * 100;
    List<Double> sl = new ArrayList<>();
    List<Double> low = new ArrayList<>();
    List<Double> high = new ArrayList<>();
    List<Double> abandon = new ArrayList<>();
    List<Double> goal = new ArrayList<>();
    for (SimulationRow row : shown) {
      sl.add(percent(row.serviceLevel()));
      double half = row.serviceLevelCi() == null ? 0 : row.serviceLevelCi();
      low.add(row.serviceLevel() == null ? null : Math.max(0, 100 * (row.serviceLevel() - half)));
      high.add(row.serviceLevel() == null ? null : Math.min(100, 100 * (row.serviceLevel() + half)));
      abandon.add(percent(row.abandonRate()));
      goal.add(target);
    }
    return ChartJs.line(Messages.text("simulation.chartTitle", queue, String.valueOf(day)))
        .xAxis(Messages.text("simulation.chartAxisTime"))
        .yAxis(Messages.text("simulation.chartAxisShare"))
        .labels(shown.stream().map(r -> r.intervalStart().toLocalTime().toString()).toList())
        .band(Messages.text("simulation.ciBand"), low, high)
        .series(Messages.text("simulation.serviceLevel"), sl)
        .series(Messages.text("simulation.abandon"), abandon)
        .dashedSeries(Messages.text("simulation.target"), goal)
        .toJson();
  }

  private static Double percent(Double share) {
    return share == null ? null : share * 100;
  }

  /** The whole simulation as CSV. */
  public StreamedContent getCsv() {
    return TableDownload.csv(table());
  }

  /** The whole simulation as Excel. */
  public StreamedContent getXlsx() {
    return TableDownload.xlsx(table());
  }

  private Table table() {
    return ResultTables.simulation(
        simulationId, simulations.intervals(simulationId, Optional.empty(), Optional.empty()));
  }

  public List<ScheduleInfo> getSchedules() {
    return schedules;
  }

  public List<ForecastInfo> getForecasts() {
    return forecasts;
  }

  public List<SimulationSummary> getList() {
    return list;
  }

  public Long getScheduleId() {
    return scheduleId;
  }

  public void setScheduleId(Long scheduleId) {
    this.scheduleId = scheduleId;
  }

  public Long getForecastId() {
    return forecastId;
  }

  public void setForecastId(Long forecastId) {
    this.forecastId = forecastId;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public Integer getDaysToSimulate() {
    return days;
  }

  public void setDaysToSimulate(Integer days) {
    this.days = days;
  }

  public Integer getReplications() {
    return replications;
  }

  public void setReplications(Integer replications) {
    this.replications = replications;
  }

  public Long getSeed() {
    return seed;
  }

  public void setSeed(Long seed) {
    this.seed = seed;
  }

  public Long getJobId() {
    return jobId;
  }

  public Long getSimulationId() {
    return simulationId;
  }

  public String getQueue() {
    return queue;
  }

  public void setQueue(String queue) {
    this.queue = queue;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }
}
