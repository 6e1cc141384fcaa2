package org.peninsula.experiment;

/**
 * The seed of run {@code i} of a batch, derived from the batch's master seed by hashing, not by
 * {@code master + i}: neighbouring master seeds would otherwise share all but one of their runs,
 * and run {@code i} of seed {@code s} would be run {@code i - 1} of seed {@code s + 1}.
 *
 * <p>The derivation is SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014): the master seed is mixed once into a stream start, and run
 * {@code i} takes the {@code (i + 1)}-th output of the SplitMix64 sequence from there. The
 * function is fixed forever (changing it would change every recorded result): two scenarios run
 * with the same master seed therefore get the same run seeds, run by run (common random numbers).
 */
public final class RunSeeds {
  /** SplitMix64's increment: the odd integer closest to 2^64 / golden ratio. */
  private static final long GAMMA = 0x9E3779B97F4A7C15L;

  private RunSeeds() {}

  /** The seed of run {@code runIndex} (0-based) of a batch with {@code masterSeed}. */
  public static long of(long masterSeed, long runIndex) {
    long start = mix64(masterSeed ^ 0x5045_4E49_4E53_554CL); // "PENINSUL"
    return mix64(start + GAMMA * (runIndex + 1));
  }

  /** SplitMix64's finaliser (variant 13 of Stafford's mixers): a bijection on 64 bits. */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
