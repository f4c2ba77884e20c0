package org.openwfm.web.application.requirement;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Targets that fail validation; nothing was saved. The message names every bad field (the REST API answers
 * 400 with it, the page shows it).
 */
public class InvalidTargetsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;

  public InvalidTargetsException(String queue, List<FieldProblem> problems) {
    super("Targets of queue " + queue + " not saved: "
        + problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
