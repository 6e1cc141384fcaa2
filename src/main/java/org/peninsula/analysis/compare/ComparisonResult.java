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
