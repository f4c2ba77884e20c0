package org.openwfm.web.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openwfm.web.application.forecast.ForecastDetail;
import org.openwfm.web.application.forecast.ForecastExport;
import org.openwfm.web.application.forecast.ForecastImportService;
import org.openwfm.web.application.forecast.ForecastJobs;
import org.openwfm.web.application.forecast.ForecastOrder;
import org.openwfm.web.application.forecast.ForecastOverrideService;
import org.openwfm.web.application.forecast.ForecastQueries;
import org.openwfm.web.application.forecast.ForecastVersion;
import org.openwfm.web.application.forecast.IntervalRow;
import org.openwfm.web.application.forecast.OverrideChange;
import org.openwfm.web.application.forecast.QueueAccuracy;
import org.openwfm.web.domain.model.user.Role;

/** Forecast versions: runs as background jobs, intervals with the band, back-test, overrides and accuracy. */
@Path("/forecasts")
@RequestScoped
@Tag(name = "Forecasts")
public class ForecastResource {

  /**
   * The body of a forecast run; every field is optional.
   *
   * @param queues queue codes, default every queue with history
   * @param days days to forecast, default 28
   * @param firstDay ISO date of the first forecast day, default the day after the history
   * @param method auto (default) or a method name
   * @param level the band's central coverage, default 0.8
   */
  public record RunRequest(String name, List<String> queues, Integer days, String firstDay, String method,
      Double level) {}

  /** The answer to a run: the job to poll and where it is. */
  public record RunAccepted(long jobId, String job) {}

  /**
   * One change of an override request.
   *
   * @param intervalStart ISO local date-time of the interval, or absent for the whole day
   * @param factor the multiplier; or
   * @param total the day's new total
   */
  public record ChangeRequest(String queue, String day, String intervalStart, Double factor, Double total,
      String reason) {}

  /** The body of an override: the new version's name (optional) and the changes. */
  public record OverrideRequest(String name, List<ChangeRequest> changes) {}

  /** The answer to an override: the new version. */
  public record OverrideCreated(long id, String forecast) {}

  @Inject private ForecastQueries queries;
  @Inject private ForecastOverrideService overrides;
  @Inject private ForecastJobs jobs;
  @Inject private ForecastImportService importer;

  @Context private SecurityContext security;
  @Context private UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER})
  @Operation(summary = "Start a forecast run (planners): JSON {name, queues, days, firstDay, method, level}, all "
      + "optional (every queue with history, 28 days from the day after the history, auto, 0.8). Answers 202 with "
      + "the job id; poll /api/jobs/{id}: when done its result is /api/forecasts/{forecastId}. A bad field is a 400 "
      + "naming it.")
  public Response run(RunRequest body) {
    RunRequest request = body == null ? new RunRequest(null, null, null, null, null, null) : body;
    ForecastOrder order = new ForecastOrder(
        Optional.ofNullable(request.name()),
        request.queues() == null ? List.of() : request.queues(),
        request.days() == null ? ForecastOrder.DEFAULT_DAYS : request.days(),
        EventResource.date("firstDay", request.firstDay()),
        request.method() == null || request.method().isBlank() ? "auto" : request.method().strip(),
        request.level() == null ? ForecastOrder.DEFAULT_LEVEL : request.level());
    long jobId = jobs.submit(order, security.getUserPrincipal().getName());
    String job = "/api/jobs/" + jobId;
    URI location = uriInfo.getBaseUriBuilder().path("jobs").path(Long.toString(jobId)).build();
    return Response.accepted(new RunAccepted(jobId, job)).location(location).build();
  }

  @POST
  @Path("/import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER})
  @Operation(summary = "Import a forecast made elsewhere in the Forecast CSV layout as a new version (planners): "
      + "queue,interval_start,offered,aht_seconds (band columns optional, not read). Answers 201 with the version; "
      + "a file with any problem is rejected with 400 naming the line and column, and nothing is stored.")
  public Response importCsv(@HeaderParam("X-File-Name") String fileName, @QueryParam("name") String name,
      InputStream body) {
    String file = fileName == null || fileName.isBlank() ? "upload" : fileName;
    long id = importer.importCsv(file, name, new InputStreamReader(body, StandardCharsets.UTF_8),
        security.getUserPrincipal().getName());
    URI location = uriInfo.getBaseUriBuilder().path("forecasts").path(Long.toString(id)).build();
    return Response.created(location).entity(new OverrideCreated(id, "/api/forecasts/" + id)).build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "Forecast versions, newest first (planner, manager, admin)")
  public List<ForecastVersion> list() {
    return queries.versions();
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "One version: header, queues with the method used, back-test per queue and method (WAPE, "
      + "MASE, bias, band coverage, which was chosen) and the overrides with their reasons (planner, manager, admin)")
  public ForecastDetail get(@PathParam("id") long id) {
    return queries.detail(id);
  }

  @GET
  @Path("/{id}/intervals")
  @Produces({MediaType.APPLICATION_JSON, ForecastExport.CSV, ForecastExport.XLSX})
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "A version's intervals, optionally of one queue and days from..to (ISO dates). format=json "
      + "(default), csv (the Forecast CSV layout queue,interval_start,offered,offered_low,offered_high,aht_seconds) "
      + "or xlsx (planner, manager, admin)")
  public Response intervals(@PathParam("id") long id, @QueryParam("queue") String queue,
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format) {
    List<IntervalRow> rows = queries.intervals(id, Optional.ofNullable(queue).filter(q -> !q.isBlank()),
        EventResource.date("from", from), EventResource.date("to", to));
    String kind = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "json" -> Response.ok(rows, MediaType.APPLICATION_JSON).build();
      case "csv", "xlsx" -> {
        ForecastExport.Download download = ForecastExport.download(id, Optional.ofNullable(queue), rows, kind);
        yield Response.ok(download.body(), download.contentType())
            .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
            .build();
      }
      default -> throw new IllegalArgumentException("format: expected json, csv or xlsx, found '" + format + "'.");
    };
  }

  @POST
  @Path("/{id}/overrides")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER})
  @Operation(summary = "Override days or intervals of a version (planners): JSON {name?, changes: [{queue, day, "
      + "intervalStart?, factor | total, reason}]}. Creates a new version (201) with the changes applied and the "
      + "reasons kept; the version overridden stays as it was.")
  public Response override(@PathParam("id") long id, OverrideRequest body) {
    if (body == null || body.changes() == null || body.changes().isEmpty()) {
      throw new IllegalArgumentException("changes: expected a JSON body {\"changes\": [{\"queue\", \"day\", "
          + "\"factor\" or \"total\", \"reason\"}]}.");
    }
    List<OverrideChange> changes = new ArrayList<>();
    for (int i = 0; i < body.changes().size(); i++) {
      ChangeRequest c = body.changes().get(i);
      String field = "changes[" + i + "].";
      try {
        changes.add(new OverrideChange(c.queue(), EventResource.date(field + "day", c.day()).orElse(null),
            dateTime(field + "intervalStart", c.intervalStart()), Optional.ofNullable(c.factor()),
            Optional.ofNullable(c.total()), c.reason()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(e.getMessage().startsWith(field) ? e.getMessage() : field + e.getMessage(), e);
      }
    }
    long created = overrides.override(id, Optional.ofNullable(body.name()), changes,
        security.getUserPrincipal().getName());
    String path = "/api/forecasts/" + created;
    URI location = uriInfo.getBaseUriBuilder().path("forecasts").path(Long.toString(created)).build();
    return Response.created(location).entity(new OverrideCreated(created, path)).build();
  }

  @GET
  @Path("/{id}/accuracy")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "A version's accuracy against the actuals that have arrived: per queue and over all (queue "
      + "*), the WAPE of daily totals and of intervals and the bias, on the days both cover; an empty list before "
      + "any actuals (planner, manager, admin)")
  public List<QueueAccuracy> accuracy(@PathParam("id") long id) {
    return queries.accuracy(id);
  }

  @GET
  @Path("/methods")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER, Role.Names.MANAGER, Role.Names.ADMIN})
  @Operation(summary = "The forecasting methods a run may ask for, auto first (planner, manager, admin)")
  public Map<String, List<String>> methods() {
    return Map.of("methods", jobs.methods());
  }

  private static Optional<LocalDateTime> dateTime(String field, String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(text.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": expected an ISO local date-time such as 2026-12-24T09:15, found '"
          + text + "'.");
    }
  }
}
