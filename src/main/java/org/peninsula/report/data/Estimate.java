package org.peninsula.report.data;

/**
 * A point estimate with its interval (usually 95%), e.g. a probability with its Wilson interval or
 * a Sobol index with its bootstrap interval. The interval may be asymmetric, which is why this is
 * not "mean plus or minus error".
 */
public record Estimate(double value, double lower, double upper) {

  public Estimate {
    Checks.finite(value, "value");
    Checks.finite(lower, "lower");
    Checks.finite(upper, "upper");
    if (lower > value || value > upper) {
      throw new IllegalArgumentException(
          "need lower <= value <= upper, got " + lower + ", " + value + ", " + upper);
    }
  }

  public static Estimate of(double value, double lower, double upper) {
    return new Estimate(value, lower, upper);
  }

  /** An estimate without uncertainty, drawn without whiskers. */
  public static Estimate point(double value) {
    return new Estimate(value, value, value);
  }

  public boolean hasInterval() {
    return lower < upper;
  }
}
