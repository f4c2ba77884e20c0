package org.openwfm.web.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openwfm.web.application.calendar.EventImportService;
import org.openwfm.web.application.calendar.EventImportSummary;
import org.openwfm.web.application.calendar.EventSummary;
import org.openwfm.web.domain.model.user.Role;

/** Calendar events: holidays, promotions, outages, with optional planner factors. */
@Path("/events")
@RequestScoped
@Tag(name = "Events")
public class EventResource {

  @Inject private EventImportService events;

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER})
  @Operation(summary = "Import events in the Events CSV layout date_from,date_to,kind,name[,queue,factor] (planners "
      + "only). Dates inclusive; an empty queue means every queue; a factor is the planner's multiplier, empty to "
      + "learn the kind's effect. All or nothing: a file with any problem is rejected with 400 and a line-numbered "
      + "list. An event with the same dates, kind, name and queue as an earlier one replaces it.")
  public EventImportSummary importCsv(@HeaderParam("X-File-Name") String fileName, InputStream body) {
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
    return events.importCsv(name, new InputStreamReader(body, StandardCharsets.UTF_8));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "Events overlapping from..to (ISO dates, default: a year back to a year ahead), optionally of "
      + "one queue (its own and the centre-wide ones) (planner, manager, admin)")
  public List<EventSummary> list(
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("queue") String queue) {
    LocalDate today = LocalDate.now();
    return events.list(
        date("from", from).orElse(today.minusYears(1)),
        date("to", to).orElse(today.plusYears(1)),
        Optional.ofNullable(queue).filter(q -> !q.isBlank()));
  }

  /** Parses an optional ISO date query parameter; a bad value is a 400 naming the parameter. */
  static Optional<LocalDate> date(String parameter, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(parameter + ": expected an ISO date such as 2026-12-24, found '" + text + "'.");
    }
  }
}
