package org.openwfm.web.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openwfm.web.application.history.HistoryImportService;
import org.openwfm.web.application.history.ImportSummary;
import org.openwfm.web.domain.model.user.Role;

/** Contact history import. */
@Path("/history")
@RequestScoped
@Tag(name = "History")
public class HistoryResource {

  @Inject private HistoryImportService importer;

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.Names.PLANNER})
  @Operation(summary = "Import history in the History CSV layout (planners only). All or nothing: a file with any "
      + "problem is rejected with 400 and a line-numbered list; re-imported intervals replace earlier ones.")
  public ImportSummary importCsv(
      @HeaderParam("X-File-Name") String fileName, InputStream body) {
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
    return importer.importCsv(name, new InputStreamReader(body, StandardCharsets.UTF_8));
  }
}
