package org.openwfm.web.interfaces.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwfm.web.application.schedule.BrokenRulesException;
import org.openwfm.web.application.schedule.CoverageDay;
import org.openwfm.web.application.schedule.NewSchedule;
import org.openwfm.web.application.schedule.RequirementOption;
import org.openwfm.web.application.schedule.ScheduleDetail;
import org.openwfm.web.application.schedule.ScheduleGenerationService;
import org.openwfm.web.application.schedule.ScheduleService;
import org.openwfm.web.application.schedule.ScheduleSummary;
import org.openwfm.web.application.schedule.ShiftEdit;
import org.openwfm.web.application.schedule.ShiftView;
import org.openwfm.web.application.schedule.TimelineRow;
import org.openwfm.web.infrastructure.export.CsvExport;
import org.openwfm.web.infrastructure.export.Table;
import org.openwfm.web.infrastructure.export.XlsxExport;
import org.openwfm.web.interfaces.faces.chart.ChartJs;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The schedule page: start a generation and follow its job, list schedules, and for the chosen one its score
 * explained, a timeline (agents by day, one week at a time, agents paged from the database), coverage per
 * queue and day, hand edits checked by the solver's rules, publication and downloads.
 */
@Named
@ViewScoped
public class ScheduleBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ScheduleService schedules;
  @Inject private transient ScheduleGenerationService generation;
  @Inject private transient SecurityContext securityContext;

  private String name;
  private Long requirementId;
  private LocalDate firstDay;
  private int weeks = 4;
  private int timeLimitSeconds = NewSchedule.DEFAULT_TIME_LIMIT_SECONDS;
  private Long jobId;
  private Long generatingId;
  private List<RequirementOption> requirements;
  private List<ScheduleSummary> list;

  private Long selectedId;
  private ScheduleSummary selected;
  private ScheduleDetail detail;
  private int week;
  private LocalDate publishUntil;
  private List<String> queues = List.of();
  private String coverageQueue;
  private LocalDate coverageDay;
  private String coverageChart;

  private ShiftView editing;
  private String editStart;
  private int editMinutes;
  private String editLocation;
  private boolean editDayOff;
  private List<String> brokenRules = List.of();

  private final LazyDataModel<TimelineRow> timeline = new TimelinePages();

  @PostConstruct
  void init() {
    requirements = schedules.requirements();
    firstDay = requirements.stream().findFirst().flatMap(RequirementOption::firstDay)
        .orElse(LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
    requirementId = requirements.stream().findFirst().map(RequirementOption::id).orElse(null);
    refresh();
  }

  /** A requirement was chosen: the period starts on its first day unless the planner changes it. */
  public void requirementChanged() {
    requirements.stream()
        .filter(r -> requirementId != null && r.id() == requirementId)
        .findFirst()
        .flatMap(RequirementOption::firstDay)
        .ifPresent(day -> firstDay = day);
  }

  /** Starts a generation; the job's progress shows below the form. */
  public void generate() {
    try {
      ScheduleGenerationService.Started started = generation.start(
          new NewSchedule(name, requirementId, firstDay == null ? null : firstDay.toString(), weeks, timeLimitSeconds),
          securityContext.getCallerPrincipal().getName());
      jobId = started.jobId();
      generatingId = started.scheduleId();
      refresh();
      Messages.info("schedule.started", name);
    } catch (RuntimeException e) {
      Messages.error(EditFailures.messageFor(e).orElseThrow(() -> e));
    }
  }

  /** Polled while a generation runs: once its schedule is written (or failed), it is listed and opened. */
  public void checkGeneration() {
    if (generatingId == null) {
      return;
    }
    Optional<ScheduleSummary> schedule = schedules.find(generatingId);
    if (schedule.isEmpty() || !schedule.get().state().equals("GENERATING")) {
      long id = generatingId;
      generatingId = null;
      list = schedules.list();
      select(id);
    }
  }

  /** Whether a generation started on this page is still running (the page then polls). */
  public boolean isGenerating() {
    return generatingId != null;
  }

  public void refresh() {
    list = schedules.list();
    if (selectedId != null) {
      select(selectedId);
    }
  }

  /** Opens a schedule: its detail, the first week of the timeline, the coverage of its first queue and day. */
  public void select(long id) {
    boolean same = selectedId != null && selectedId == id;
    selectedId = id;
    selected = schedules.find(id).orElse(null);
    if (selected == null) {
      detail = null;
      return;
    }
    detail = schedules.detail(id);
    if (!same) {
      week = 0;
      publishUntil = selected.publishedUntil().orElse(selected.firstDay().plusDays(6));
      queues = schedules.queues(id);
      coverageQueue = queues.isEmpty() ? null : queues.get(0);
      coverageDay = selected.firstDay();
    }
    coverageChart = null;
  }

  public void previousWeek() {
    week = Math.max(0, week - 1);
  }

  public void nextWeek() {
    if (selected != null) {
      week = Math.min(selected.weeks() - 1, week + 1);
    }
  }

  /** The days of the week shown in the timeline. */
  public List<LocalDate> getDays() {
    if (selected == null) {
      return List.of();
    }
    List<LocalDate> days = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      days.add(selected.firstDay().plusDays(week * 7L + d));
    }
    return days;
  }

  public String dayLabel(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern("EEE").withLocale(locale())) + " "
        + day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale()));
  }

  private static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public void publish() {
    try {
      selected = schedules.publish(selectedId, publishUntil);
      Messages.info("schedule.published", selected.name(), publishUntil.toString());
      refresh();
    } catch (RuntimeException e) {
      Messages.error(EditFailures.messageFor(e).orElseThrow(() -> e));
    }
  }

  /** Opens the edit dialog for a shift. */
  public void startEdit(long shiftId) {
    editing = schedules.shift(selectedId, shiftId);
    editStart = editing.startTime();
    editMinutes = editing.minutes();
    editLocation = editing.location();
    editDayOff = false;
    brokenRules = List.of();
  }

  /** Saves the edit: refused with the broken hard rules listed unless forced; a conflict reloads the shift. */
  public void saveShift(boolean force) {
    try {
      schedules.editShift(selectedId, editing.id(),
          new ShiftEdit(editing.version(), editStart, editMinutes, editLocation, editDayOff, force),
          securityContext.getCallerPrincipal().getName());
      brokenRules = List.of();
      Messages.info("schedule.shiftSaved", editing.agent(), editing.day().toString());
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      refresh();
    } catch (RuntimeException e) {
      Optional<BrokenRulesException> broken = cause(e, BrokenRulesException.class);
      if (broken.isPresent()) {
        brokenRules = broken.get().rules();
        return;
      }
      Optional<String> message = EditFailures.messageFor(e);
      if (message.isEmpty()) {
        throw e;
      }
      Messages.error(message.get());
      if (message.get().equals(Messages.text("edit.conflict"))) {
        try {
          startEdit(editing.id());
        } catch (RuntimeException gone) {
          editing = null;
        }
      }
    }
  }

  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  /** The coverage chart: required and scheduled agents per 15 minutes of the chosen queue and day. */
  public String getCoverageChart() {
    if (coverageChart == null && selected != null && coverageQueue != null && coverageDay != null) {
      List<CoverageDay> days = schedules.coverage(selectedId, Optional.of(coverageQueue), Optional.of(coverageDay));
      List<String> labels = new ArrayList<>();
      List<Double> required = new ArrayList<>();
      List<Double> scheduled = new ArrayList<>();
      for (CoverageDay day : days) {
        for (CoverageDay.Point p : day.points()) {
          labels.add(p.time());
          required.add(p.required());
          scheduled.add(p.scheduled());
        }
      }
      coverageChart = ChartJs.bar(Messages.text("schedule.coverageTitle", coverageQueue, coverageDay.toString()))
          .labels(labels)
          .xAxis(Messages.text("schedule.axisTime"))
          .yAxis(Messages.text("schedule.axisAgents"))
          .series(Messages.text("schedule.scheduled"), scheduled)
          .lineSeries(Messages.text("schedule.required"), required)
          .toJson();
    }
    return coverageChart;
  }

  public void downloadCsv() throws IOException {
    download("csv");
  }

  public void downloadXlsx() throws IOException {
    download("xlsx");
  }

  private void download(String kind) throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    schedules.exportRows(selectedId, Optional.empty(), Optional.empty(), Optional.empty())
        .forEach(r -> rows.add(List.copyOf(r)));
    Table table = new Table("schedule", ScheduleService.EXPORT_COLUMNS, rows);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(kind.equals("csv") ? "text/csv; charset=UTF-8" : XlsxExport.MEDIA_TYPE);
    external.setResponseHeader("Content-Disposition",
        "attachment; filename=\"schedule-" + selectedId + "." + kind + "\"");
    try (OutputStream out = external.getResponseOutputStream()) {
      if (kind.equals("csv")) {
        CsvExport.write(table, out);
      } else {
        XlsxExport.write(table, out);
      }
    }
    faces.responseComplete();
  }

  /** Pages of agents for the timeline, with their shifts of the week shown. */
  private final class TimelinePages extends LazyDataModel<TimelineRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return selectedId == null ? 0 : (int) schedules.timelineAgentCount(selectedId);
    }

    @Override
    public List<TimelineRow> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
      if (selectedId == null) {
        return List.of();
      }
      List<LocalDate> days = getDays();
      return schedules.timeline(selectedId, first, pageSize, days.get(0), days.get(days.size() - 1));
    }

    @Override
    public String getRowKey(TimelineRow row) {
      return row.agent();
    }
  }

  // Accessors for the page.

  public LazyDataModel<TimelineRow> getTimeline() {
    return timeline;
  }

  public List<RequirementOption> getRequirements() {
    return requirements;
  }

  public List<ScheduleSummary> getSchedules() {
    return list;
  }

  public ScheduleSummary getSelected() {
    return selected;
  }

  public ScheduleDetail getDetail() {
    return detail;
  }

  public Long getJobId() {
    return jobId;
  }

  public int getWeek() {
    return week;
  }

  public List<String> getQueues() {
    return queues;
  }

  public List<String> getBrokenRules() {
    return brokenRules;
  }

  public ShiftView getEditing() {
    return editing;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Long getRequirementId() {
    return requirementId;
  }

  public void setRequirementId(Long requirementId) {
    this.requirementId = requirementId;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public void setFirstDay(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  public int getWeeks() {
    return weeks;
  }

  public void setWeeks(int weeks) {
    this.weeks = weeks;
  }

  public int getTimeLimitSeconds() {
    return timeLimitSeconds;
  }

  public void setTimeLimitSeconds(int timeLimitSeconds) {
    this.timeLimitSeconds = timeLimitSeconds;
  }

  public LocalDate getPublishUntil() {
    return publishUntil;
  }

  public void setPublishUntil(LocalDate publishUntil) {
    this.publishUntil = publishUntil;
  }

  public String getCoverageQueue() {
    return coverageQueue;
  }

  public void setCoverageQueue(String coverageQueue) {
    this.coverageQueue = coverageQueue;
    this.coverageChart = null;
  }

  public LocalDate getCoverageDay() {
    return coverageDay;
  }

  public void setCoverageDay(LocalDate coverageDay) {
    this.coverageDay = coverageDay;
    this.coverageChart = null;
  }

  public String getEditStart() {
    return editStart;
  }

  public void setEditStart(String editStart) {
    this.editStart = editStart;
  }

  public int getEditMinutes() {
    return editMinutes;
  }

  public void setEditMinutes(int editMinutes) {
    this.editMinutes = editMinutes;
  }

  public String getEditLocation() {
    return editLocation;
  }

  public void setEditLocation(String editLocation) {
    this.editLocation = editLocation;
  }

  public boolean isEditDayOff() {
    return editDayOff;
  }

  public void setEditDayOff(boolean editDayOff) {
    this.editDayOff = editDayOff;
  }
}
