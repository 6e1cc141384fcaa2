package org.peninsula.report.data;

/** One pre-counted bin [lower, upper) of a histogram. */
public record HistogramBin(double lower, double upper, long count) {

  public HistogramBin {
    Checks.finite(lower, "lower");
    Checks.finite(upper, "upper");
    if (!(lower < upper)) {
      throw new IllegalArgumentException("bin needs lower < upper, got " + lower + ", " + upper);
    }
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, was " + count);
    }
  }
}
