package org.peninsula.experiment;

import org.peninsula.model.Future;

/**
 * Sees every run of an ensemble, in run-index order, on the committing thread: for analyses
 * that need the runs themselves (sensitivity indices, regressions on the drawn parameters).
 * The arrays are reused: copy what you keep.
 */
@FunctionalInterface
public interface RunConsumer {

  /**
   * @param drawn values drawn for the source's uncertain paths, in their order
   * @param future null if the run failed
   * @param values indexed by {@code Outcome.ordinal()}; all NaN if the run failed
   * @param error the failure's message, or null
   */
  void accept(long runIndex, long seed, double[] drawn, Future future, double[] values,
      String error);
}
