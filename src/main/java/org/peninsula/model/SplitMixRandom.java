package org.peninsula.model;

import java.io.Serializable;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * SplitMix64 (Steele, Lea and Flood 2014) as a Commons Math generator, for the streams of a run
 * that need only a handful of draws: its uncertain parameters, its posterior particle, and what
 * the record observes of it (launch counts). Seeding a Mersenne Twister for each of a million
 * runs would cost more than the draws (it allocates and fills 624 words); SplitMix64 seeds in
 * one step and its output passes BigCrush. Each use has its own stream number, apart from the
 * simulation's MersenneTwisterFast.
 */
public final class SplitMixRandom extends AbstractRandomGenerator implements Serializable {
  // A simulation snapshot carries the observation stream with it.
  private static final long serialVersionUID = 1L;
  private long state;

  /** Stream {@code stream} of a run seeded with {@code seed}. */
  public SplitMixRandom(long seed, int stream) {
    setSeed(streamState(seed, stream));
  }

  /**
   * The starting state of stream {@code stream} of a run seeded with {@code seed}: all 64 bits
   * of the seed, moved by the stream number times the golden ratio's odd constant.
   */
  public static long streamState(long seed, int stream) {
    return seed ^ (0x9E3779B97F4A7C15L * (stream + 1L));
  }

  /** A generator whose state starts at {@code seed} (the calibration's particle streams). */
  public SplitMixRandom(long seed) {
    setSeed(seed);
  }

  @Override
  public void setSeed(long seed) {
    state = seed;
    clear();
  }

  @Override
  public long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }
}
