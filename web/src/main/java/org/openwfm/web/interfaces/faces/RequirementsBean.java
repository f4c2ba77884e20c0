package org.openwfm.web.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openwfm.web.application.requirement.FieldProblem;
import org.openwfm.web.application.requirement.ForecastReader;
import org.openwfm.web.application.requirement.ForecastReader.ForecastInfo;
import org.openwfm.web.application.requirement.InvalidTargetsException;
import org.openwfm.web.application.requirement.QueueTargets;
import org.openwfm.web.application.requirement.RequirementLauncher;
import org.openwfm.web.application.requirement.RequirementRow;
import org.openwfm.web.application.requirement.RequirementService;
import org.openwfm.web.application.requirement.RequirementSummary;
import org.openwfm.web.application.requirement.ResultTables;
import org.openwfm.web.application.requirement.TargetEdit;
import org.openwfm.web.application.requirement.TargetService;
import org.openwfm.web.infrastructure.export.Table;
import org.openwfm.web.interfaces.faces.chart.ChartJs;
import org.primefaces.model.StreamedContent;

/**
 * The requirements page: the queues' targets with an edit dialog, computing a requirement from a forecast
 * version, and a requirement's queues, chart and downloads. Shares are edited as percentages.
 */
@Named
@ViewScoped
public class RequirementsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient TargetService targetService;
  @Inject private transient RequirementService requirementService;
  @Inject private transient ForecastReader forecastReader;
  @Inject private transient SecurityContext security;
  @Inject private transient RequirementLauncher launcher;

  private List<QueueTargets> targets;
  private QueueTargets selected;
  private Double slPercent;
  private Integer thresholdSeconds;
  private Double asaSeconds;
  private Double maxAbandonPercent;
  private Double maxOccupancyPercent;
  private Double patienceSeconds;
  private Integer concurrency;
  private Integer deadlineMinutes;
  private Double shrinkagePercent;

  private List<ForecastInfo> forecasts;
  private List<RequirementSummary> requirements;
  private String name;
  private Long forecastId;
  private Long requirementId;
  private String queue;
  private LocalDate day;
  private List<LocalDate> days = List.of();
  private Long jobId;
  private String rowsKey;
  private List<RequirementRow> rows = List.of();

  @PostConstruct
  void load() {
    targets = targetService.list();
    forecasts = forecastReader.list();
    requirements = requirementService.list();
    if (requirementId == null && !requirements.isEmpty()) {
      select(requirements.get(0).id());
    }
  }

  /** Opens the edit dialog on a queue's targets. */
  public void edit(QueueTargets target) {
    selected = target;
    slPercent = percent(target.serviceLevelTarget());
    thresholdSeconds = target.serviceLevelThresholdSeconds();
    asaSeconds = target.asaSeconds();
    maxAbandonPercent = percent(target.maxAbandonRate());
    maxOccupancyPercent = percent(target.maxOccupancy());
    patienceSeconds = target.patienceSeconds();
    concurrency = target.concurrency();
    deadlineMinutes = target.deadlineMinutes();
    shrinkagePercent = percent(target.shrinkage());
  }

  /** Saves the dialog; on a conflict or bad values shows why and the values saved by others. */
  public void save() {
    try {
      TargetEdit edit = new TargetEdit(selected.version(), selected.queueVersion(), share(slPercent), thresholdSeconds,
          asaSeconds, share(maxAbandonPercent), share(maxOccupancyPercent), patienceSeconds, concurrency,
          deadlineMinutes, share(shrinkagePercent));
      QueueTargets saved = targetService.update(selected.queue(), edit);
      Messages.info("requirements.targetsSaved", saved.queue());
      selected = null;
      targets = targetService.list();
    } catch (InvalidTargetsException invalid) {
      for (FieldProblem problem : invalid.problems()) {
        Messages.error(Messages.text("requirements.field." + problem.field()) + ": " + problem.message());
      }
      failed();
    } catch (RuntimeException e) {
      Messages.error(EditFailures.messageFor(e).orElseThrow(() -> e));
      targets = targetService.list();
    }
  }

  private static void failed() {
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** Computes a requirement from the chosen forecast, at once or (a large forecast) as a job. */
  public void compute() {
    try {
      RequirementLauncher.Launch launch = launcher.start(name, forecastId, security.getCallerPrincipal().getName());
      if (launch.created().isPresent()) {
        RequirementSummary created = launch.created().get();
        Messages.info("requirements.created", created.name(), created.queues().size());
        requirements = requirementService.list();
        select(created.id());
        jobId = null;
      } else {
        jobId = launch.jobId().getAsLong();
        Messages.info("requirements.started");
      }
      name = null;
    } catch (IllegalArgumentException e) {
      Messages.error(e.getMessage());
    }
  }

  /** Called when the computing job ends: shows the newest requirement. */
  public void jobDone() {
    requirements = requirementService.list();
    if (!requirements.isEmpty()) {
      select(requirements.get(0).id());
    }
  }

  /** The chart of required agents (net and gross) per interval of the chosen queue and day (Chart.js JSON). */
  public String getChart() {
    List<RequirementRow> rows = getRows();
    List<String> labels = rows.stream().map(r -> r.intervalStart().toLocalTime().toString()).toList();
    return ChartJs.bar(Messages.text("requirements.chartTitle", queue, String.valueOf(day)))
        .xAxis(Messages.text("requirements.chartAxisTime"))
        .yAxis(Messages.text("requirements.chartAxisAgents"))
        .labels(labels)
        .series(Messages.text("requirements.agents"), rows.stream().map(RequirementRow::agents).toList())
        .lineSeries(Messages.text("requirements.agentsGross"), rows.stream().map(RequirementRow::agentsGross).toList())
        .toJson();
  }

  /** The whole requirement as CSV. */
  public StreamedContent getCsv() {
    return TableDownload.csv(table());
  }

  /** The whole requirement as Excel. */
  public StreamedContent getXlsx() {
    return TableDownload.xlsx(table());
  }

  private Table table() {
    return ResultTables.requirement(
        requirementId, requirementService.intervals(requirementId, Optional.empty(), Optional.empty()));
  }

  public Long getJobId() {
    return jobId;
  }

  /** Shows a requirement: its queues, chart and downloads. */
  public void select(Long id) {
    requirementId = id;
    Optional<RequirementSummary> requirement = current();
    days = id == null ? List.of() : requirementService.days(id);
    if (requirement.isPresent() && !requirement.get().queues().isEmpty()) {
      if (queue == null || requirement.get().queues().stream().noneMatch(q -> q.queue().equals(queue))) {
        queue = requirement.get().queues().get(0).queue();
      }
    }
    if (day == null || !days.contains(day)) {
      day = days.isEmpty() ? null : days.get(0);
    }
  }

  public void selectCurrent() {
    select(requirementId);
  }

  public Optional<RequirementSummary> current() {
    return requirementId == null
        ? Optional.empty()
        : requirements.stream().filter(r -> r.id() == requirementId).findFirst();
  }

  public RequirementSummary getCurrent() {
    return current().orElse(null);
  }

  /** The chosen queue's rows on the chosen day. */
  public List<RequirementRow> getRows() {
    if (requirementId == null || queue == null || day == null) {
      return List.of();
    }
    String key = requirementId + "/" + queue + "/" + day;
    if (!key.equals(rowsKey)) {
      // The table and the chart both show them: read once per choice.
      rows = requirementService.intervals(requirementId, Optional.of(queue), Optional.of(day));
      rowsKey = key;
    }
    return rows;
  }

  private static Double percent(Double share) {
    return share == null ? null : Math.round(share * 10_000) / 100.0;
  }

  private static Double share(Double percent) {
    return percent == null ? null : percent / 100.0;
  }

  public List<QueueTargets> getTargets() {
    return targets;
  }

  public QueueTargets getSelected() {
    return selected;
  }

  public boolean isChat() {
    return selected != null && "CHAT".equals(selected.channel());
  }

  public boolean isDeferred() {
    return selected != null && List.of("EMAIL", "SMS", "SOCIAL").contains(selected.channel());
  }

  public List<ForecastInfo> getForecasts() {
    return forecasts;
  }

  public List<RequirementSummary> getRequirements() {
    return requirements;
  }

  public List<LocalDate> getDays() {
    return days;
  }

  public Double getSlPercent() {
    return slPercent;
  }

  public void setSlPercent(Double slPercent) {
    this.slPercent = slPercent;
  }

  public Integer getThresholdSeconds() {
    return thresholdSeconds;
  }

  public void setThresholdSeconds(Integer thresholdSeconds) {
    this.thresholdSeconds = thresholdSeconds;
  }

  public Double getAsaSeconds() {
    return asaSeconds;
  }

  public void setAsaSeconds(Double asaSeconds) {
    this.asaSeconds = asaSeconds;
  }

  public Double getMaxAbandonPercent() {
    return maxAbandonPercent;
  }

  public void setMaxAbandonPercent(Double maxAbandonPercent) {
    this.maxAbandonPercent = maxAbandonPercent;
  }

  public Double getMaxOccupancyPercent() {
    return maxOccupancyPercent;
  }

  public void setMaxOccupancyPercent(Double maxOccupancyPercent) {
    this.maxOccupancyPercent = maxOccupancyPercent;
  }

  public Double getPatienceSeconds() {
    return patienceSeconds;
  }

  public void setPatienceSeconds(Double patienceSeconds) {
    this.patienceSeconds = patienceSeconds;
  }

  public Integer getConcurrency() {
    return concurrency;
  }

  public void setConcurrency(Integer concurrency) {
    this.concurrency = concurrency;
  }

  public Integer getDeadlineMinutes() {
    return deadlineMinutes;
  }

  public void setDeadlineMinutes(Integer deadlineMinutes) {
    this.deadlineMinutes = deadlineMinutes;
  }

  public Double getShrinkagePercent() {
    return shrinkagePercent;
  }

  public void setShrinkagePercent(Double shrinkagePercent) {
    this.shrinkagePercent = shrinkagePercent;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getForecastId() {
    return forecastId;
  }

  public void setForecastId(Long forecastId) {
    this.forecastId = forecastId;
  }

  public Long getRequirementId() {
    return requirementId;
  }

  public void setRequirementId(Long requirementId) {
    this.requirementId = requirementId;
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
