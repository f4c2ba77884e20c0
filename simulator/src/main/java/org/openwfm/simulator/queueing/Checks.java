package org.openwfm.simulator.queueing;

/** Argument checks with messages that name the argument and the accepted range. */
final class Checks {

  private Checks() {}

  static void positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
    }
  }

  static void atLeast(String name, double value, double min) {
    if (!(value >= min) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          name + " must be a finite number >= " + format(min) + ", got " + value);
    }
  }

  static void atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be an integer >= " + min + ", got " + value);
    }
  }

  /** Closed interval [0, 1]. */
  static void probability(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be a probability in [0, 1], got " + value);
    }
  }

  /** At least 0; positive infinity allowed (an unstable queue). */
  static void notNegativeOrInfinite(String name, double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException(name + " must be >= 0 or positive infinity, got " + value);
    }
  }

  /** Open interval (0, 1): a probability target that can be met but is not trivial. */
  static void openFraction(String name, double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException(
          name + " must be a fraction in (0, 1), e.g. 0.8, got " + value);
    }
  }

  /** Half-open interval [0, 1). */
  static void fractionBelowOne(String name, double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(name + " must be a fraction in [0, 1), got " + value);
    }
  }

  /** Half-open interval (0, 1]. */
  static void fractionUpToOne(String name, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be a fraction in (0, 1], got " + value);
    }
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
