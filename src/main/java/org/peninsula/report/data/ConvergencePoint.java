package org.peninsula.report.data;

/** The value of an index estimated from {@code sampleSize} model runs. */
public record ConvergencePoint(int sampleSize, double value) {

  public ConvergencePoint {
    if (sampleSize <= 0) {
      throw new IllegalArgumentException("sampleSize must be > 0, was " + sampleSize);
    }
    Checks.finite(value, "value");
  }
}
