package org.openwfm.simulator.des.random;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/**
 * Named MRG32k3a random streams of one replication.
 *
 * <p>Each name (for example {@code "arrivals/voice-et"}) gets its own stream whose starting seed is
 * derived from the base seed and the name, so two scenarios that share a name share its random
 * numbers (common random numbers) even when other parts of the scenarios differ. Replication {@code
 * i} uses substream {@code i} of every stream, so a replication's numbers depend neither on the
 * number of replications nor on the thread that runs it. Not thread-safe: one instance per
 * replication.
 */
public final class RandomStreams {
  private static final long M1 = 4294967087L;
  private static final long M2 = 4294944443L;

  private final SubstreamSeeds seeds;
  private final int replication;
  private final Map<String, RandomStream> streams = new HashMap<>();

  /**
   * @param baseSeed the scenario seed
   * @param replication the replication index (0-based), which selects the substream
   */
  public RandomStreams(long baseSeed, int replication) {
    this(new SubstreamSeeds(baseSeed), replication);
  }

  /**
   * Streams whose substream states come from a table shared by the replications of a run.
   *
   * @param seeds the shared substream states of the base seed
   * @param replication the replication index (0-based), which selects the substream
   */
  public RandomStreams(SubstreamSeeds seeds, int replication) {
    if (replication < 0) {
      throw new IllegalArgumentException("replication must be >= 0, got " + replication);
    }
    this.seeds = seeds;
    this.replication = replication;
  }

  /** The replication index this family of streams serves. */
  public int replication() {
    return replication;
  }

  /** The stream of the given name, created at substream {@link #replication()} on first use. */
  public RandomStream stream(String name) {
    return streams.computeIfAbsent(name, this::create);
  }

  private RandomStream create(String name) {
    MRG32k3a stream = new MRG32k3a(name);
    stream.setSeed(seeds.seed(name, replication));
    return stream;
  }

  /**
   * The starting seed of a named stream: six components inside the MRG32k3a ranges, derived from
   * the base seed and a 64-bit hash of the name. SplittableRandom only spreads the seed; all
   * simulation numbers come from MRG32k3a.
   */
  static long[] seedOf(long baseSeed, String name) {
    long hash = 1125899906842597L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash = 31 * hash + b;
    }
    SplittableRandom spreader = new SplittableRandom(baseSeed ^ Long.rotateLeft(hash, 17));
    long[] seed = new long[6];
    for (int i = 0; i < 6; i++) {
      long modulus = i < 3 ? M1 : M2;
      seed[i] = 1 + spreader.nextLong(modulus - 1);
    }
    return seed;
  }
}
