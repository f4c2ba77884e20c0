package org.openwfm.web.interfaces.faces;

import jakarta.persistence.OptimisticLockException;
import java.util.Optional;
import org.openwfm.web.application.ConcurrentEditException;

/** Finds the cause a person should read in an exception from a save (wrapped by transactions). */
final class EditFailures {

  private EditFailures() {}

  /** The message for a failed save, or empty when the failure is unexpected and should propagate. */
  static Optional<String> messageFor(RuntimeException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConcurrentEditException || t instanceof OptimisticLockException) {
        return Optional.of(Messages.text("edit.conflict"));
      }
      if (t instanceof IllegalArgumentException) {
        return Optional.of(t.getMessage());
      }
    }
    return Optional.empty();
  }
}
