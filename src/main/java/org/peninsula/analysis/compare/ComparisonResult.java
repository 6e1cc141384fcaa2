package org.peninsula.analysis.compare;

/**
 * One comparison between scenario A (the baseline) and scenario B, in a tidy form a report can
 * print directly. Differences and effect sizes are oriented B relative to A; fields that do not
 * apply are NaN.
 *
 * @param quantity what is estimated, e.g. "difference of means"
 * @param method how: test, interval method, resamples and seed
 * @param estimate the point estimate
 * @param lower lower bound of the confidence interval
 * @param upper upper bound of the confidence interval
 * @param statistic the test statistic (t, U, D, W+, chi-square), NaN without a test
 * @param pValue two-sided p-value, NaN without a test
 * @param adjustedPValue p-value adjusted for multiplicity (e.g. Holm); NaN until adjusted
 * @param sizeA observations in A (pairs, for paired comparisons)
 * @param sizeB observations in B (pairs, for paired comparisons)
 */
public record ComparisonResult(
    String quantity,
    String method,
    double estimate,
    double lower,
    double upper,
    double statistic,
    double pValue,
    double adjustedPValue,
    int sizeA,
    int sizeB) {

  /**
   * Smallest p-value written as a number. Below it (or an exact 0 from a computation that
   * underflowed) files write the bound {@code "<1e-300"} and prose says "p < 0.001".
   */
  public static final double P_FLOOR = 1e-300;

  /** A p-value for a file: the number, or the string {@code "<1e-300"} below {@link #P_FLOOR}. */
  public static Object fileP(double p) {
    if (!Double.isNaN(p) && p < P_FLOOR) {
      return "<1e-300";
    }
    return p;
  }

  public boolean hasTest() {
    return !Double.isNaN(pValue);
  }

  public ComparisonResult withAdjustedPValue(double adjusted) {
    return new ComparisonResult(quantity, method, estimate, lower, upper, statistic, pValue,
        adjusted, sizeA, sizeB);
  }

  /** Whether the interval excludes {@code value}, e.g. 0 for a difference. */
  public boolean intervalExcludes(double value) {
    return value < lower || value > upper;
  }
}
