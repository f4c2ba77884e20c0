package org.openwfm.web.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openwfm.web.application.ConcurrentEditException;
import org.openwfm.web.application.NotFoundException;
import org.openwfm.web.application.history.ImportRejectedException;

/**
 * Turns exceptions into JSON error bodies with the right status: 400 for bad input, 404 for unknown records,
 * 409 for concurrent edits, 500 (logged, with no details to the caller) for anything unexpected. Exceptions
 * reach here wrapped by transactions, so the cause chain is searched.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

  @Override
  public Response toResponse(Exception exception) {
    if (exception instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      String message = switch (status) {
        case 401 -> "Log in: send HTTP Basic credentials.";
        case 403 -> "Your role may not use this operation; see the OpenAPI document for the roles allowed.";
        default -> web.getMessage();
      };
      return json(status, ErrorBody.of(status, message));
    }
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof ImportRejectedException rejected) {
        return json(400, new ErrorBody(400, rejected.getMessage(), rejected.problems()));
      }
      if (t instanceof ConcurrentEditException || t instanceof OptimisticLockException) {
        String message = t instanceof ConcurrentEditException
            ? t.getMessage()
            : "The record was changed by someone else at the same time. Reload it and apply your change again.";
        return json(409, ErrorBody.of(409, message));
      }
      if (t instanceof NotFoundException) {
        return json(404, ErrorBody.of(404, t.getMessage()));
      }
      if (t instanceof IllegalArgumentException) {
        return json(400, ErrorBody.of(400, t.getMessage()));
      }
      if (t instanceof JsonbException || t instanceof ProcessingException) {
        // A body that is not JSON or has a field of the wrong type, e.g. "days": "x".
        return json(400, ErrorBody.of(400, "The request body is not the JSON this operation expects: "
            + t.getMessage()));
      }
    }
    LOG.log(Level.SEVERE, "Unexpected error in a REST call", exception);
    return json(500, ErrorBody.of(500, "Internal error; the server log has the details."));
  }

  private static Response json(int status, ErrorBody body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
  }
}
