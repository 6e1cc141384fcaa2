package org.peninsula.experiment;

import org.peninsula.analysis.stats.WilsonInterval;
import org.peninsula.model.Future;

/**
 * How often the runs ended in one future: the count, the share, and its 95% Wilson score
 * interval (Wilson 1927), which unlike the normal approximation stays inside [0, 1] and behaves
 * for shares near 0 or 1 and for small ensembles.
 */
public record FutureEstimate(Future future, long count, long runs, double probability,
    double low, double high) {

  /** z for a two-sided 95% interval. */
  public static final double Z95 = WilsonInterval.Z95;

  public static FutureEstimate of(Future future, long count, long runs) {
    if (runs == 0) {
      return new FutureEstimate(future, 0, 0, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] ci = WilsonInterval.wilson(count, runs, Z95);
    return new FutureEstimate(future, count, runs, (double) count / runs, ci[0], ci[1]);
  }
}
