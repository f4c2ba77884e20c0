package org.openwfm.simulator.des.random;

import umontreal.ssj.rng.RandomStream;

/**
 * A non-negative probability distribution (of durations in seconds, or of multipliers) that draws
 * from a stream given by the caller. Implementations are immutable values and safe to share across
 * threads.
 */
public interface Distribution {

  /** One draw using the given stream. */
  double sample(RandomStream stream);

  /** The mean of the distribution, in the same unit as the draws. */
  double mean();
}
