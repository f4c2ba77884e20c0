package org.openwfm.web.interfaces.rest;

import java.util.List;
import org.openwfm.web.application.history.ImportProblem;

/**
 * The JSON body of every error response.
 *
 * @param status the HTTP status code
 * @param message what went wrong and what to do
 * @param problems line-numbered problems of a rejected upload, otherwise empty
 */
public record ErrorBody(int status, String message, List<ImportProblem> problems) {

  static ErrorBody of(int status, String message) {
    return new ErrorBody(status, message, List.of());
  }
}
