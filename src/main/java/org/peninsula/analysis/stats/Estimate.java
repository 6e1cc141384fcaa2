package org.peninsula.analysis.stats;

/**
 * A point estimate with the bounds of its confidence interval, e.g. a probability with its Wilson
 * interval or a Sobol index with its bootstrap interval. The interval may be asymmetric. The one
 * estimate record of the code base (analysis computes it, report draws it).
 *
 * <p>NaN bounds mean "no interval was computed"; a NaN value means the quantity is undefined
 * (e.g. a Sobol index of a constant output). {@link #of} is the checked form for values that
 * must be drawn: finite, with lower ≤ value ≤ upper.
 */
public record Estimate(double value, double lower, double upper) {

  public static Estimate withoutInterval(double value) {
    return new Estimate(value, Double.NaN, Double.NaN);
  }

  /** An estimate without uncertainty (drawn without whiskers). */
  public static Estimate point(double value) {
    return of(value, value, value);
  }

  /** A finite estimate with finite bounds around it, or an exception saying what is wrong. */
  public static Estimate of(double value, double lower, double upper) {
    if (!Double.isFinite(value) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
      throw new IllegalArgumentException("value and bounds must be finite, got " + value + " ["
          + lower + ", " + upper + "]");
    }
    if (lower > value || value > upper) {
      throw new IllegalArgumentException(
          "need lower <= value <= upper, got " + lower + ", " + value + ", " + upper);
    }
    return new Estimate(value, lower, upper);
  }

  /** Whether there is an interval of positive width. */
  public boolean hasInterval() {
    return Double.isFinite(lower) && Double.isFinite(upper) && lower < upper;
  }

  public boolean contains(double x) {
    return lower <= x && x <= upper;
  }

  public double width() {
    return upper - lower;
  }
}
