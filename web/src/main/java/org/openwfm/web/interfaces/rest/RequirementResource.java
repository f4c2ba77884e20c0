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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.application.job.JobService;
import org.openwfm.web.application.requirement.QueueTargets;
import org.openwfm.web.application.requirement.RequirementLauncher;
import org.openwfm.web.application.requirement.ResultTables;
import org.openwfm.web.application.requirement.RequirementRow;
import org.openwfm.web.application.requirement.RequirementService;
import org.openwfm.web.application.requirement.RequirementSummary;
import org.openwfm.web.application.requirement.TargetEdit;
import org.openwfm.web.application.requirement.TargetService;
import org.openwfm.web.domain.model.user.Role;
import org.openwfm.web.infrastructure.export.XlsxExport;

/** Queue targets and requirements (agents needed per queue and interval of a forecast version). */
@Path("/requirements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requirements")
public class RequirementResource {

  /** The body of a requirement computation. */
  public record NewRequirement(String name, Long forecastId) {}

  @Inject private TargetService targets;

  @Inject private RequirementService requirements;

  @Inject private RequirementLauncher launcher;

  @Inject private JobService jobs;

  @Context private SecurityContext security;

  @Context private HttpHeaders headers;

  @GET
  @Path("/targets")
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "Every queue's targets: service level, ASA, abandonment, occupancy, patience, chat "
      + "concurrency, e-mail deadline, shrinkage override (planner, manager, admin)")
  public List<QueueTargets> listTargets() {
    return targets.list();
  }

  @GET
  @Path("/targets/{queue}")
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "One queue's targets (planner, manager, admin)")
  public QueueTargets getTargets(@PathParam("queue") String queue) {
    return targets.find(queue).orElseThrow(() -> new NotFoundException("No queue with code '" + queue + "'."));
  }

  @PUT
  @Path("/targets/{queue}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
  @Operation(summary = "Replace one queue's targets (planner, admin). Send the version and queueVersion read; "
      + "null clears a target. 400 naming every bad field, 409 when someone saved in between.")
  public QueueTargets putTargets(@PathParam("queue") String queue, TargetEdit edit) {
    return targets.update(queue, edit);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
  @Operation(summary = "Compute a requirement from a forecast version with the queues' current targets and "
      + "shrinkage (planner, admin): 201 with the requirement, or for a forecast of more than 10,000 intervals "
      + "202 with the background job (follow its resultPath when done); 400 naming the field")
  public Response create(NewRequirement body) {
    if (body == null) {
      throw new IllegalArgumentException("A JSON body with name and forecastId is required.");
    }
    RequirementLauncher.Launch launch = launcher.start(body.name(), body.forecastId(), user());
    if (launch.created().isPresent()) {
      RequirementSummary created = launch.created().get();
      return Response.created(URI.create("requirements/" + created.id())).entity(created).build();
    }
    long job = launch.jobId().getAsLong();
    return Response.accepted(jobs.find(job).orElseThrow()).location(URI.create("jobs/" + job)).build();
  }

  @GET
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "All requirements, newest first (planner, manager, admin)")
  public List<RequirementSummary> list() {
    return requirements.list();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "One requirement with its queues' shrinkage and source (planner, manager, admin)")
  public RequirementSummary get(@PathParam("id") long id) {
    return requirements.find(id).orElseThrow(() -> new NotFoundException("No requirement " + id + "."));
  }

  @GET
  @Path("/{id}/intervals")
  @Produces({MediaType.APPLICATION_JSON, "text/csv",
      XlsxExport.MEDIA_TYPE})
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "A requirement's rows per queue and (queue-local) interval, optionally of one queue and "
      + "day; format json (default), csv or xlsx (planner, manager, admin)")
  public Response intervals(@PathParam("id") long id, @QueryParam("queue") String queue,
      @QueryParam("day") String day, @QueryParam("format") String format) {
    List<RequirementRow> rows = requirements.intervals(id, Optional.ofNullable(queue).filter(q -> !q.isBlank()),
        parseDay("day", day));
    return Downloads.respond(format, headers, rows, () -> ResultTables.requirement(id, rows));
  }

  /** An optional ISO date parameter; a bad one is answered with 400 naming {@code field}. */
  static Optional<LocalDate> parseDay(String field, String day) {
    if (day == null || day.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(day.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": expected a date such as 2026-12-07, got '" + day + "'.");
    }
  }

  private String user() {
    return security.getUserPrincipal().getName();
  }
}
