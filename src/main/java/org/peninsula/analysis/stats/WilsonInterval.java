package org.peninsula.analysis.stats;

/**
 * The Wilson score interval (Wilson 1927) for a binomial share: unlike the normal approximation it
 * stays inside [0, 1] and behaves for shares near 0 or 1 and for small samples. The one
 * implementation in the code base: ensemble summaries, live odds, sweeps and comparisons all call
 * it.
 */
public final class WilsonInterval {
  /** z for a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054;

  private WilsonInterval() {}

  /**
   * {low, high} for {@code k} successes in {@code n} trials at normal quantile {@code z}. The bounds
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
