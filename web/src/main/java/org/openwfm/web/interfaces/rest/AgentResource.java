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
import org.openwfm.web.application.AgentEdit;
import org.openwfm.web.application.AgentService;
import org.openwfm.web.application.AgentSummary;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.domain.model.user.Role;

/** Agents with their site, team, contract and skills. */
@Path("/agents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agents")
public class AgentResource {

  @Inject private AgentService agents;

  @GET
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
  @Operation(summary = "All agents (planner, manager, HR, admin)")
  public List<AgentSummary> list() {
    return agents.list();
  }

  @GET
  @Path("/{code}")
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.HR, Role.Names.ADMIN})
  @Operation(summary = "One agent by code (planner, manager, HR, admin)")
  public AgentSummary get(@PathParam("code") String code) {
    return agents.find(code).orElseThrow(() -> new NotFoundException("No agent with code '" + code + "'."));
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER, Role.Names.ADMIN})
  @Operation(summary = "Edit an agent's name, work mode, home time zone and skills (planner, admin); 409 on a concurrent edit")
  public AgentSummary update(@PathParam("code") String code, AgentEdit edit) {
    if (edit == null) {
      throw new IllegalArgumentException("A JSON body with version, firstName, lastName, workMode, homeTimeZone and "
          + "skills is required.");
    }
    return agents.update(code, edit);
  }
}
