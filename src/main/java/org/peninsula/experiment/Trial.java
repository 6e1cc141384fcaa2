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

  /** The last run threw: do not reuse its simulation. */
  void discard();
}
