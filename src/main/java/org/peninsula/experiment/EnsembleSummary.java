package org.peninsula.experiment;

import java.util.List;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;

/**
 * What an ensemble found: the probability of each future (with 95% Wilson intervals), the
 * distribution of every numeric outcome, and month-by-month bands of the recorded series.
 * Depends only on the runs (never on the thread count, block size or timing), so two batches
 * with the same scenario, master seed and run count have equal summaries.
 *
 * @param runsAsked the runs the batch was asked for
 * @param runsCompleted runs that finished (the denominator of every probability)
 * @param runsFailed runs that threw; recorded in runs.csv, left out of the statistics
 */
public record EnsembleSummary(String scenario, long masterSeed, long runsAsked,
    long runsCompleted, long runsFailed, List<FutureEstimate> futures,
    List<OutcomeSummary> outcomes, SeriesBands series) {

  public FutureEstimate future(Future f) {
    return futures.get(f.ordinal());
  }

  public double probability(Future f) {
    return future(f).probability();
  }

  public OutcomeSummary outcome(Outcome o) {
    return outcomes.get(o.ordinal());
  }
}
