package org.openwfm.web.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openwfm.web.application.testsupport.TestForecastService;
import org.openwfm.web.application.testsupport.TestScheduleService;
import org.openwfm.web.domain.model.user.Role;

/**
 * Test-only data paths: 404 unless the server's environment sets {@code WFM_TEST_SUPPORT=true} (only the
 * integration-test servers do).
 */
@Path("/test-support")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Test support")
public class TestSupportResource {

  @Inject private TestForecastService forecasts;

  @Inject private TestScheduleService schedules;

  @Context private SecurityContext security;

  @POST
  @Path("/forecasts")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed({Role.Names.PLANNER})
  @Operation(summary = "Tests only (404 unless WFM_TEST_SUPPORT=true): store a forecast version from a Forecast "
      + "CSV; answers {\"id\": ...}")
  public Map<String, Long> forecast(@HeaderParam("X-Forecast-Name") String name, String csv) {
    if (!TestForecastService.enabled()) {
      throw new NotFoundException();
    }
    String label = name == null || name.isBlank() ? "test forecast" : name;
    return Map.of("id", forecasts.importCsv(label, csv, security.getUserPrincipal().getName()));
  }

  @POST
  @Path("/schedules")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed({Role.Names.PLANNER})
  @Operation(summary = "Tests only (404 unless WFM_TEST_SUPPORT=true): store a schedule from a CSV "
      + "agent,start_utc,end_utc[,break_start_utc,break_end_utc]; answers {\"id\": ...}")
  public Map<String, Long> schedule(@QueryParam("requirementId") long requirementId,
      @QueryParam("firstDay") String firstDay, @QueryParam("weeks") @DefaultValue("1") int weeks, String csv) {
    if (!TestForecastService.enabled()) {
      throw new NotFoundException();
    }
    return Map.of("id", schedules.importCsv("test schedule", requirementId, LocalDate.parse(firstDay), weeks, csv,
        security.getUserPrincipal().getName()));
  }
}
