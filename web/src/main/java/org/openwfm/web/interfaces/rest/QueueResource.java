package org.openwfm.web.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.application.QueueService;
import org.openwfm.web.application.QueueSummary;
import org.openwfm.web.domain.model.user.Role;

/** Queues and their service-level targets. */
@Path("/queues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queues")
public class QueueResource {

  /** The body of a queue edit; {@code version} is the one read, for optimistic locking. */
  public record QueueEdit(long version, String name, double serviceLevelTarget, int serviceLevelThresholdSeconds) {}

  @Inject private QueueService queues;

  @GET
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
  @Operation(summary = "All queues (planner, manager, HR, admin)")
  public List<QueueSummary> list() {
    return queues.list();
  }

  @GET
  @Path("/{code}")
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
  @Operation(summary = "One queue by code (planner, manager, HR, admin)")
  public QueueSummary get(@PathParam("code") String code) {
    return queues.find(code).orElseThrow(() -> new NotFoundException("No queue with code '" + code + "'."));
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
  @Operation(summary = "Rename a queue and set its service-level target (planner, admin); 409 on a concurrent edit")
  public QueueSummary update(@PathParam("code") String code, QueueEdit edit) {
    if (edit == null) {
      throw new IllegalArgumentException("A JSON body with version, name, serviceLevelTarget and "
          + "serviceLevelThresholdSeconds is required.");
    }
    return queues.update(code, edit.version(), edit.name(), edit.serviceLevelTarget(), edit.serviceLevelThresholdSeconds());
  }
}
