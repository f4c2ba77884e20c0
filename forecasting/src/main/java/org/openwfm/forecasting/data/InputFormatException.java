package org.openwfm.forecasting.data;

/**
 * Bad input in a file: the message names the file, the line, the field and what was expected, in
 * one line, e.g. {@code history.csv line 12, field offered: expected a number >= 0, found '-3'}.
 */
public final class InputFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** A problem at a line and field. */
  public InputFormatException(String file, long line, String field, String problem) {
    super(file + " line " + line + ", field " + field + ": " + problem);
  }

  /** A problem with the file as a whole (e.g. a missing column). */
  public InputFormatException(String file, String problem) {
    super(file + ": " + problem);
  }
}
