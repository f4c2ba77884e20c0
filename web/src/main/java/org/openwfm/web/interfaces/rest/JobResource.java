package org.openwfm.web.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.application.job.JobService;
import org.openwfm.web.application.job.JobView;
import org.openwfm.web.domain.model.user.Role;

/** Background jobs: forecasts, schedules and simulations started by planners. */
@Path("/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
public class JobResource {

  private static final int MAX_LIST = 500;

  @Inject private JobService jobs;

  @GET
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "The most recent jobs, newest first (planner, manager, admin)")
  public List<JobView> list(@QueryParam("limit") @DefaultValue("50") int limit) {
    if (limit < 1 || limit > MAX_LIST) {
      throw new IllegalArgumentException("limit: expected a number from 1 to " + MAX_LIST + ", got " + limit + ".");
    }
    return jobs.recent(limit);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "One job: state (QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED), progress from 0 to 1, "
      + "message and, when done, the REST path of its result (planner, manager, admin)")
  public JobView get(@PathParam("id") long id) {
    return jobs.find(id).orElseThrow(() -> new NotFoundException("No job " + id + "."));
  }

  @POST
  @Path("/{id}/cancel")
  @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
  @Operation(summary = "Ask a job to stop (planner, admin). A schedule job keeps its best schedule so far; a job "
      + "that has ended is left as it is.")
  public JobView cancel(@PathParam("id") long id) {
    return jobs.cancel(id);
  }
}
