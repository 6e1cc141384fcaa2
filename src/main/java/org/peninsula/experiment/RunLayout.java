package org.peninsula.experiment;

import org.peninsula.scenario.RunSource;

/**
 * What run {@code i} of a batch plays, for batches that are not one scenario's plain ensemble. A
 * sweep lays its design out as one batch of points x replications: run i plays design point
 * {@code i / R} with the seed of replication {@code i % R}, so every point sees the same run seeds
 * (common random numbers) and the whole study checkpoints and resumes as one batch.
 */
public interface RunLayout {

  /** The source run {@code run} draws its parameters from. */
  RunSource source(long run);

  /** Run {@code run} is seeded with {@code RunSeeds.of(masterSeed(...), seedIndex(run))}. */
  long seedIndex(long run);

  /**
   * The master seed of run {@code run}'s seed: the batch's, except for the design points a
   * study's noise-floor dummy moves to its second stream ({@code NoiseFloor.seed}).
   */
  default long masterSeed(long run, long batchSeed) {
    return batchSeed;
  }

  /** Run i plays {@code source} with seed index i: the usual ensemble. */
  static RunLayout of(RunSource source) {
    return new RunLayout() {
      @Override
      public RunSource source(long run) {
        return source;
      }

      @Override
      public long seedIndex(long run) {
        return run;
      }
    };
  }
}
