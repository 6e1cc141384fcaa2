package org.peninsula.analysis.calibration;

import java.util.List;

/**
 * The observed summary statistics: each is a value or a range [low, high] (sources disagree or a
 * classification is a judgement call); a statistic that was not observed is NaN on both sides
 * and is left out of the distance.
 */
public record Observation(List<String> names, double[] low, double[] high) {
  public Observation {
    names = List.copyOf(names);
    if (low.length != names.size() || high.length != names.size()) {
      throw new IllegalArgumentException("names, low and high differ in length");
    }
    low = low.clone();
    high = high.clone();
    for (int k = 0; k < low.length; k++) {
      if (low[k] > high[k]) {
        throw new IllegalArgumentException(names.get(k) + ": low " + low[k] + " > high "
            + high[k]);
      }
    }
  }

  /** Point observations. */
  public static Observation of(List<String> names, double[] values) {
    return new Observation(names, values, values);
  }

  public int size() {
    return names.size();
  }

  public boolean observed(int k) {
    return !Double.isNaN(low[k]);
  }

  /** How far {@code x} lies outside the observed range of statistic {@code k}; 0 inside it. */
  public double gap(int k, double x) {
    if (x < low[k]) {
      return low[k] - x;
    }
    return x > high[k] ? x - high[k] : 0;
  }

  /** The middle of the observed range, for plots. */
  public double mid(int k) {
    return (low[k] + high[k]) / 2;
  }
}
