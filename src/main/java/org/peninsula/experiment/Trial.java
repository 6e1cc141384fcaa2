package org.peninsula.experiment;

import org.peninsula.model.Peninsula;

/**
 * Prepares runs for one worker thread: where the starting state of a run comes from (a scenario's
 * draw, or a snapshot to continue). Not shared between threads.
 */
interface Trial {

  /**
   * A simulation seeded with {@code seed}, ready to step; writes the drawn values (NaN where
   * nothing was drawn) into {@code drawn}.
   */
  Peninsula begin(long seed, double[] drawn);

  /** As {@link #begin(long, double[])} for run index {@code run} (layouts that depend on it). */
  default Peninsula begin(long run, long seed, double[] drawn) {
    return begin(seed, drawn);
  }

  /** The run index whose seed run {@code run} gets (itself, unless a layout says otherwise). */
  default long seedIndex(long run) {
    return run;
  }

  /** The master seed run {@code run} draws its seed from (the batch's, unless a layout says). */
  default long masterSeed(long run, long batchSeed) {
    return batchSeed;
  }

  /** The last run threw: do not reuse its simulation. */
  void discard();
}
