package org.peninsula.scenario;

import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * SplitMix64 (Steele, Lea and Flood 2014) as a Commons Math generator, for drawing a run's
 * uncertain parameters. A run needs only a handful of draws, and seeding a Mersenne Twister for
 * each of a million runs would cost more than the draws; SplitMix64 seeds in one step and its
 * output passes BigCrush. Its stream is separate from the simulation's (a different key).
 */
public final class SplitMixRandom extends AbstractRandomGenerator {
  private long state;

  SplitMixRandom(long seed, int stream) {
    setSeed(seed ^ (0x9E3779B97F4A7C15L * (stream + 1L)));
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
