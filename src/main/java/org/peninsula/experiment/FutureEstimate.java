package org.peninsula.experiment;

import org.peninsula.model.Future;

/**
 * How often the runs ended in one future: the count, the share, and its 95% Wilson score
 * interval (Wilson 1927), which unlike the normal approximation stays inside [0, 1] and behaves
 * for shares near 0 or 1 and for small ensembles.
 */
public record FutureEstimate(Future future, long count, long runs, double probability,
    double low, double high) {

  /** z for a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054;

  public static FutureEstimate of(Future future, long count, long runs) {
    if (runs == 0) {
      return new FutureEstimate(future, 0, 0, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] ci = wilson(count, runs, Z95);
    return new FutureEstimate(future, count, runs, (double) count / runs, ci[0], ci[1]);
  }

  /**
   * The Wilson score interval {low, high} for {@code k} successes in {@code n} trials: the one
   * implementation in the code base (analysis' {@code Proportions.wilson} calls it). The bounds
   * are clamped to [0, 1] and around the observed share, and are exactly 0 and 1 at the ends.
   */
  public static double[] wilson(long k, long n, double z) {
    double p = (double) k / n;
    double z2 = z * z;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denom;
    double half = z / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    // Exactly 0 with no successes and 1 with no failures (rounding would leave a hair's breadth).
    double low = k == 0 ? 0 : Math.max(0, Math.min(p, centre - half));
    double high = k == n ? 1 : Math.min(1, Math.max(p, centre + half));
    return new double[] {low, high};
  }
}
