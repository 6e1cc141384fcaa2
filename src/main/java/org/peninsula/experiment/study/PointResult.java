package org.peninsula.experiment.study;

import org.peninsula.experiment.design.DesignPoint;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;

/**
 * What the replications of one design point gave: how many runs, how many failed (with the
 * first failure's message), the count of each future and the mean of each outcome over the
 * completed runs (NaN when no completed run had the outcome).
 */
public record PointResult(DesignPoint point, int runs, int completed, int failed,
    long[] futureCounts, double[] means, String firstError) {

  public PointResult {
    futureCounts = futureCounts.clone();
    means = means.clone();
  }

  /** Share of the completed runs that ended in {@code f}; NaN if none completed. */
  public double probability(Future f) {
    return completed == 0 ? Double.NaN : (double) futureCounts[f.ordinal()] / completed;
  }

  public double mean(Outcome o) {
    return means[o.ordinal()];
  }

  @Override
  public long[] futureCounts() {
    return futureCounts.clone();
  }

  @Override
  public double[] means() {
    return means.clone();
  }
}
