package org.openwfm.web.application.requirement;

/**
 * One invalid field of a form or JSON body.
 *
 * @param field the JSON field name (the form shows it next to its label)
 * @param message what was expected and what was given
 */
public record FieldProblem(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
