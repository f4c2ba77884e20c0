package org.openwfm.web.application.history;

import java.util.List;

/** An upload was rejected: nothing was imported. Carries every problem found (up to a limit). */
public class ImportRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient List<ImportProblem> problems;

  public ImportRejectedException(String file, List<ImportProblem> problems) {
    super(file + ": " + problems.size() + " problem(s), nothing imported; first: " + problems.get(0));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public String file() {
    return file;
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
