package org.openwfm.scheduling.solver;

import java.time.Duration;
import java.util.Optional;

/**
 * How long and how the solver runs: stop after {@code timeLimit}, or earlier when the best score
 * has not improved for {@code unimprovedLimit}; {@code moveThreads} is OptaPlanner's move thread
 * count ("NONE", "AUTO" or a number); a fixed {@code seed} makes runs repeatable (single-threaded).
 */
public record SolveOptions(
    Duration timeLimit, Duration unimprovedLimit, String moveThreads, Optional<Long> seed) {

  public SolveOptions {
    if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("time limit must be positive");
    }
    if (unimprovedLimit == null || unimprovedLimit.isNegative() || unimprovedLimit.isZero()) {
      throw new IllegalArgumentException("unimproved time limit must be positive");
    }
    if (moveThreads == null || !moveThreads.matches("NONE|AUTO|[1-9][0-9]?")) {
      throw new IllegalArgumentException(
          "move threads must be NONE, AUTO or a number 1-99, got " + moveThreads);
    }
  }

  /** Time limit with an unimproved limit of a fifth of it (at least 2 s), single-threaded. */
  public static SolveOptions of(Duration timeLimit) {
    Duration unimproved = timeLimit.dividedBy(5);
    if (unimproved.compareTo(Duration.ofSeconds(2)) < 0) {
      unimproved = timeLimit.compareTo(Duration.ofSeconds(2)) < 0 ? timeLimit : Duration.ofSeconds(2);
    }
    return new SolveOptions(timeLimit, unimproved, "NONE", Optional.empty());
  }

  public SolveOptions withMoveThreads(String value) {
    return new SolveOptions(timeLimit, unimprovedLimit, value, seed);
  }

  public SolveOptions withSeed(long value) {
    return new SolveOptions(timeLimit, unimprovedLimit, moveThreads, Optional.of(value));
  }

  public SolveOptions withUnimprovedLimit(Duration value) {
    return new SolveOptions(timeLimit, value, moveThreads, seed);
  }
}
