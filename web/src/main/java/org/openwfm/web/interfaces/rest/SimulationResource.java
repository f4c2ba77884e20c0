package org.openwfm.web.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.application.job.JobService;
import org.openwfm.web.application.requirement.ResultTables;
import org.openwfm.web.application.simulation.SimulationLauncher;
import org.openwfm.web.application.simulation.SimulationRequest;
import org.openwfm.web.application.simulation.SimulationRow;
import org.openwfm.web.application.simulation.SimulationService;
import org.openwfm.web.application.simulation.SimulationSummary;
import org.openwfm.web.domain.model.user.Role;
import org.openwfm.web.infrastructure.export.XlsxExport;

/** Simulations of a schedule against a forecast version (discrete-event, with 95% confidence intervals). */
@Path("/simulations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Simulations")
public class SimulationResource {

  /**
   * The body of a simulation start; {@code firstDay} is an ISO date (read as text so that a bad date is answered
   * with 400 naming the field).
   */
  public record NewSimulation(
      Long scheduleId, Long forecastId, String firstDay, Integer days, Integer replications, Long seed) {}

  @Inject private SimulationService simulations;

  @Inject private SimulationLauncher launcher;

  @Inject private JobService jobs;

  @Context private SecurityContext security;

  @Context private HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
  @Operation(summary = "Simulate a schedule against a forecast version as a background job (planner, admin): "
      + "{scheduleId, forecastId, firstDay?, days? (1-7; default the forecast days the schedule covers, at most "
      + "7), replications? (2-1000, default 10), seed? (default 1)}. 202 with the job, whose resultPath is the "
      + "simulation when done; 400 naming the field.")
  public Response start(NewSimulation body) {
    if (body == null) {
      throw new IllegalArgumentException("A JSON body with scheduleId and forecastId is required.");
    }
    SimulationRequest request = new SimulationRequest(body.scheduleId(), body.forecastId(),
        RequirementResource.parseDay("firstDay", body.firstDay()).orElse(null), body.days(), body.replications(),
        body.seed());
    long job = launcher.start(request, security.getUserPrincipal().getName());
    return Response.accepted(jobs.find(job).orElseThrow()).location(URI.create("jobs/" + job)).build();
  }

  @GET
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "All simulations, newest first (planner, manager, admin)")
  public List<SimulationSummary> list() {
    return simulations.list();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "One simulation: inputs, centre-wide means and per-queue estimates with 95% confidence "
      + "half-widths and the number of weak intervals (planner, manager, admin)")
  public SimulationSummary get(@PathParam("id") long id) {
    return simulations.find(id).orElseThrow(() -> new NotFoundException("No simulation " + id + "."));
  }

  @GET
  @Path("/{id}/intervals")
  @Produces({MediaType.APPLICATION_JSON, "text/csv", XlsxExport.MEDIA_TYPE})
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "A simulation's estimates per queue and (queue-local) interval with 95% confidence "
      + "half-widths, weak intervals flagged; optionally one queue and day; format json (default), csv or xlsx "
      + "(planner, manager, admin)")
  public Response intervals(@PathParam("id") long id, @QueryParam("queue") String queue,
      @QueryParam("day") String day, @QueryParam("format") String format) {
    List<SimulationRow> rows = simulations.intervals(id, Optional.ofNullable(queue).filter(q -> !q.isBlank()),
        RequirementResource.parseDay("day", day));
    return Downloads.respond(format, headers, rows, () -> ResultTables.simulation(id, rows));
  }
}
