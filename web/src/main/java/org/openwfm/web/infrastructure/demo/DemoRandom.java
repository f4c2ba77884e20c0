package org.openwfm.web.infrastructure.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded draws for the demo generator. Every part of the demo (a queue's history, an agent's
 * absences) gets its own stream derived from the seed and a stable name, so what one part draws
 * never shifts another part's numbers. The generator uses {@link StrictMath}: {@link Math} may
 * differ in the last bit between platforms, which could flip a draw and break reproducibility.
 */
final class DemoRandom {

  private static final double[] LOG_FACTORIAL_SMALL = new double[16];

  static {
    double sum = 0;
    for (int n = 1; n < LOG_FACTORIAL_SMALL.length; n++) {
      sum += StrictMath.log(n);
      LOG_FACTORIAL_SMALL[n] = sum;
    }
  }

  private DemoRandom() {}

  /** A stream for the named part of the demo; the same seed and name give the same stream. */
  static SplittableRandom stream(long seed, String name) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    return new SplittableRandom(mix(seed ^ mix(hash)));
  }

  /** A stream for the named part and a number (e.g. a day), independent of other numbers. */
  static SplittableRandom stream(long seed, String name, long number) {
    return new SplittableRandom(mix(stream(seed, name).nextLong() + mix(number)));
  }

  /** SplitMix64 finaliser: spreads nearby inputs over the whole range. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A standard normal draw (Box-Muller, one of the pair). */
  static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * Math.PI * v);
  }

  /**
   * A Poisson draw with mean {@code lambda}: multiplication for small means, Hörmann's transformed
   * rejection (PTRS) for larger ones, so the cost does not grow with the mean.
   */
  static long poisson(SplittableRandom random, double lambda) {
    if (!(lambda > 0)) {
      return 0;
    }
    if (lambda < 10) {
      double limit = StrictMath.exp(-lambda);
      long k = 0;
      double product = random.nextDouble();
      while (product > limit) {
        k++;
        product *= random.nextDouble();
      }
      return k;
    }
    double sqrtLambda = Math.sqrt(lambda);
    double logLambda = StrictMath.log(lambda);
    double b = 0.931 + 2.53 * sqrtLambda;
    double a = -0.059 + 0.02483 * b;
    double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = random.nextDouble() - 0.5;
      double v = random.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      double left =
          StrictMath.log(v) + StrictMath.log(inverseAlpha) - StrictMath.log(a / (us * us) + b);
      if (left <= -lambda + k * logLambda - logFactorial(k)) {
        return k;
      }
    }
  }

  /** A binomial draw: how many of {@code n} trials succeed with probability {@code p}. */
  static long binomial(SplittableRandom random, long n, double p) {
    if (p <= 0 || n <= 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    long successes = 0;
    for (long i = 0; i < n; i++) {
      if (random.nextDouble() < p) {
        successes++;
      }
    }
    return successes;
  }

  /** An element chosen uniformly. */
  static <T> T pick(SplittableRandom random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** A whole number uniform in {@code [from, to]}. */
  static int between(SplittableRandom random, int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  /** ln(k!), exact for small k, Stirling's series (error below 1e-12) beyond. */
  static double logFactorial(long k) {
    if (k < LOG_FACTORIAL_SMALL.length) {
      return LOG_FACTORIAL_SMALL[(int) k];
    }
    double n = k;
    double inverse = 1.0 / n;
    double inverseSquare = inverse * inverse;
    return n * StrictMath.log(n)
        - n
        + 0.5 * StrictMath.log(2 * Math.PI * n)
        + inverse * (1.0 / 12 - inverseSquare * (1.0 / 360 - inverseSquare / 1260));
  }
}
