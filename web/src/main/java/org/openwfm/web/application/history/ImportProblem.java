package org.openwfm.web.application.history;

/**
 * One thing wrong with an uploaded file.
 *
 * @param line 1-based line number in the file (1 is the header)
 * @param field the column name, or empty when the whole line or file is concerned
 * @param message what was found and what was expected
 */
public record ImportProblem(int line, String field, String message) {

  @Override
  public String toString() {
    return "line " + line + (field.isEmpty() ? "" : ", field " + field) + ": " + message;
  }
}
