package org.openwfm.web.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.application.simulation.SimulationRow;
import org.openwfm.web.application.simulation.SimulationService;
import org.openwfm.web.application.simulation.SimulationSummary;
import org.openwfm.web.domain.model.user.Role;

/** Simulations of a schedule against a forecast version (discrete-event, with 95% confidence intervals). */
@Path("/simulations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Simulations")
public class SimulationResource {

  @Inject private SimulationService simulations;

  @Context private SecurityContext security;

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
  @Produces({MediaType.APPLICATION_JSON, "text/csv", Downloads.XLSX})
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "A simulation's estimates per queue and (queue-local) interval with 95% confidence "
      + "half-widths, weak intervals flagged; optionally one queue and day; format json (default), csv or xlsx "
      + "(planner, manager, admin)")
  public Response intervals(@PathParam("id") long id, @QueryParam("queue") String queue,
      @QueryParam("day") String day, @QueryParam("format") String format) {
    List<SimulationRow> rows = simulations.intervals(id, Optional.ofNullable(queue).filter(q -> !q.isBlank()),
        RequirementResource.parseDay(day));
    return Downloads.respond(format, "simulation-" + id, rows, RequirementDownloads::simulation);
  }
}
