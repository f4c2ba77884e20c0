package org.openwfm.web.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.application.history.ImportProblem;
import org.openwfm.web.application.schedule.BrokenRulesException;
import org.openwfm.web.application.schedule.CoverageDay;
import org.openwfm.web.application.schedule.NewSchedule;
import org.openwfm.web.application.schedule.ScheduleDetail;
import org.openwfm.web.application.schedule.ScheduleGenerationService;
import org.openwfm.web.application.schedule.ScheduleService;
import org.openwfm.web.application.schedule.ScheduleSummary;
import org.openwfm.web.application.schedule.ShiftEdit;
import org.openwfm.web.domain.model.user.Role;
import org.openwfm.web.infrastructure.export.CsvExport;
import org.openwfm.web.infrastructure.export.Table;
import org.openwfm.web.infrastructure.export.XlsxExport;

/**
 * Schedules: generate one for a period from a requirement (a background job), read it with its score explained
 * and its coverage, download its shifts, change a shift by hand (judged by the solver's hard rules), publish it
 * up to a day. Planners (and admins) change; managers read.
 */
@Path("/schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedules")
public class ScheduleResource {

  static final String XLSX = XlsxExport.MEDIA_TYPE;

  @Inject private ScheduleService schedules;
  @Inject private ScheduleGenerationService generation;
  @Context private SecurityContext security;

  /** What a started generation answers: the job to poll and the schedule it will fill. */
  public record Started(long jobId, long scheduleId, String job, String schedule) {}

  /** The body of a publication: the last day agents should see (yyyy-MM-dd). */
  public record Publication(String until) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
  @Operation(summary = "Generate a schedule (planner, admin): {name, requirementId, firstDay, weeks 1-6,"
      + " timeLimitSeconds (default 60)}; 202 with the job to follow at /api/jobs/{id}")
  public Response generate(NewSchedule request) {
    ScheduleGenerationService.Started started = generation.start(request, security.getUserPrincipal().getName());
    String job = "/api/jobs/" + started.jobId();
    return Response.accepted(new Started(started.jobId(), started.scheduleId(), job,
            "/api/schedules/" + started.scheduleId()))
        .location(URI.create(job))
        .build();
  }

  @GET
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "All schedules, newest first (planner, manager, admin)")
  public List<ScheduleSummary> list() {
    return schedules.list();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "A schedule: header, score, coverage summary, cost per rule and every broken hard rule"
      + " (planner, manager, admin)")
  public ScheduleDetail get(@PathParam("id") long id) {
    return schedules.detail(id);
  }

  @GET
  @Path("/{id}/shifts")
  @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "Shifts of a schedule, optionally of one agent and from/to a local day; format=json (default),"
      + " csv (agent,start,end,activity,location) or xlsx (planner, manager, admin)")
  public Response shifts(@PathParam("id") long id, @QueryParam("agent") String agent,
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format) {
    Optional<String> agentCode = Optional.ofNullable(agent).map(String::strip).filter(a -> !a.isEmpty());
    Optional<LocalDate> fromDay = day(from, "from");
    Optional<LocalDate> toDay = day(to, "to");
    String kind = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(java.util.Locale.ROOT);
    switch (kind) {
      case "json":
        return Response.ok(schedules.shifts(id, agentCode, fromDay, toDay), MediaType.APPLICATION_JSON).build();
      case "csv":
      case "xlsx":
        Table table = table(id, agentCode, fromDay, toDay);
        boolean csv = kind.equals("csv");
        StreamingOutput body = out -> {
          if (csv) {
            CsvExport.write(table, out);
          } else {
            XlsxExport.write(table, out);
          }
        };
        return Response.ok(body, csv ? "text/csv; charset=UTF-8" : XLSX)
            .header("Content-Disposition", "attachment; filename=\"schedule-" + id + "." + kind + "\"")
            .build();
      default:
        throw new IllegalArgumentException("format: expected json, csv or xlsx, was '" + format + "'.");
    }
  }

  /** The schedule's shifts as an export table in the engine's schedule CSV layout. */
  Table table(long id, Optional<String> agent, Optional<LocalDate> from, Optional<LocalDate> to) {
    List<List<Object>> rows = new ArrayList<>();
    schedules.exportRows(id, agent, from, to).forEach(r -> rows.add(List.copyOf(r)));
    return new Table("schedule", ScheduleService.EXPORT_COLUMNS, rows);
  }

  @PUT
  @Path("/{id}/shifts/{shiftId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
  @Operation(summary = "Change a shift (planner, admin): {version, start HH:mm, minutes, location, dayOff, force};"
      + " 400 listing the hard rules it would break unless force, 409 on a stale version, 204 for a day off")
  public Response editShift(@PathParam("id") long id, @PathParam("shiftId") long shiftId, ShiftEdit edit) {
    try {
      return schedules.editShift(id, shiftId, edit, security.getUserPrincipal().getName())
          .map(shift -> Response.ok(shift).build())
          .orElseGet(() -> Response.noContent().build());
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BrokenRulesException broken) {
          List<ImportProblem> problems = broken.rules().stream()
              .map(rule -> new ImportProblem(0, rule.substring(0, Math.max(0, rule.indexOf(':'))), rule))
              .toList();
          return Response.status(400).type(MediaType.APPLICATION_JSON)
              .entity(new ErrorBody(400, broken.getMessage(), problems)).build();
        }
      }
      throw e;
    }
  }

  @POST
  @Path("/{id}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
  @Operation(summary = "Publish a schedule up to a day (planner, admin): {until: yyyy-MM-dd}; agents see those days"
      + " and later solves of the period keep them")
  public ScheduleSummary publish(@PathParam("id") long id, Publication publication) {
    if (publication == null) {
      throw new IllegalArgumentException("A JSON body {\"until\": \"yyyy-MM-dd\"} is required.");
    }
    return schedules.publish(id, day(publication.until(), "until")
        .orElseThrow(() -> new IllegalArgumentException("until: the last day to publish (yyyy-MM-dd) is required.")));
  }

  @GET
  @Path("/{id}/coverage")
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "Required and scheduled agents per 15-minute interval, per queue and local day of the queue;"
      + " optionally one queue and one day (planner, manager, admin)")
  public List<CoverageDay> coverage(@PathParam("id") long id, @QueryParam("queue") String queue,
      @QueryParam("day") String day) {
    if (schedules.find(id).isEmpty()) {
      throw new NotFoundException("No schedule with id " + id + ".");
    }
    return schedules.coverage(id, Optional.ofNullable(queue).map(String::strip).filter(q -> !q.isEmpty()),
        day(day, "day"));
  }

  private static Optional<LocalDate> day(String value, String field) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(field + ": expected a date yyyy-MM-dd, was '" + value + "'.");
    }
  }
}
