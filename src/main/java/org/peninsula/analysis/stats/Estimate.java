package org.peninsula.analysis.stats;

/**
 * A point estimate with the bounds of its confidence interval. Bounds are NaN when no interval was
 * computed.
 */
public record Estimate(double value, double lower, double upper) {

  public static Estimate withoutInterval(double value) {
    return new Estimate(value, Double.NaN, Double.NaN);
  }

  public boolean contains(double x) {
    return lower <= x && x <= upper;
  }

  public double width() {
    return upper - lower;
  }
}
