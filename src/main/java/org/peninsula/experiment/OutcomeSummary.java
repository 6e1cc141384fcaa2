package org.peninsula.experiment;

import org.peninsula.model.Outcome;

/**
 * Statistics of one numeric outcome over the runs where it happened (NaN values, e.g. the war
 * month of a run without war, are counted in {@code missing} and left out of the rest). Mean and
 * sd are exact (Commons Math storeless moments, sd with n - 1); min and max are exact; quantiles
 * come from a {@link QuantileSketch} (relative error at most about 0.1%, exact for integers
 * below 2048). Every statistic is NaN when {@code n} is 0, sd also when n is 1.
 */
public record OutcomeSummary(Outcome outcome, long n, long missing, double mean, double sd,
    double min, double p05, double p25, double median, double p75, double p95, double max) {

  /** The quantile levels reported, in the order of the record's fields. */
  public static final double[] LEVELS = {0.05, 0.25, 0.50, 0.75, 0.95};
}
