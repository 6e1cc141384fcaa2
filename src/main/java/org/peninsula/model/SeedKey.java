package org.peninsula.model;

/**
 * Builds the {@code int[]} key that seeds MASON's MersenneTwisterFast from a full 64-bit seed.
 * {@code new MersenneTwisterFast(long)} keeps only the low 32 bits, so distinct 64-bit run seeds
 * could share a stream; seeding by array keeps all 64 bits. The stream number separates
 * independent uses of one seed (the simulation itself, parameter draws, observations).
 */
public final class SeedKey {
  public static final int SIMULATION = 0x51D0;
  public static final int PARAMETERS = 0x9A4A;
  /** What the record observes and no mechanism reads (launch counts); see Peninsula. */
  public static final int OBSERVATION = 0x0B5E;

  private SeedKey() {}

  public static int[] of(long seed, int stream) {
    return new int[] {(int) seed, (int) (seed >>> 32), stream};
  }
}
