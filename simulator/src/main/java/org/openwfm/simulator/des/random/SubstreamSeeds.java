package org.openwfm.simulator.des.random;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import umontreal.ssj.rng.MRG32k3a;

/**
 * The starting states of the substreams of named MRG32k3a streams for one base seed. Walking to
 * substream {@code i} costs {@code i} jumps, so the states are computed once, in order, and shared
 * by all replications of a run (without this, 1000 replications would cost half a million jumps per
 * stream). Thread-safe.
 */
public final class SubstreamSeeds {
  private final long baseSeed;
  private final ConcurrentHashMap<String, Walk> walks = new ConcurrentHashMap<>();

  /**
   * @param baseSeed the scenario seed
   */
  public SubstreamSeeds(long baseSeed) {
    this.baseSeed = baseSeed;
  }

  public long baseSeed() {
    return baseSeed;
  }

  /** The starting state of substream {@code substream} of the stream with this name (a copy). */
  public long[] seed(String name, int substream) {
    Walk walk = walks.computeIfAbsent(name, n -> new Walk(RandomStreams.seedOf(baseSeed, n)));
    synchronized (walk) {
      while (walk.states.size() <= substream) {
        walk.stream.resetNextSubstream();
        walk.states.add(walk.stream.getState());
      }
      return walk.states.get(substream).clone();
    }
  }

  private static final class Walk {
    final MRG32k3a stream = new MRG32k3a();
    final List<long[]> states = new ArrayList<>();

    Walk(long[] seed) {
      stream.setSeed(seed);
      states.add(seed.clone());
    }
  }
}
