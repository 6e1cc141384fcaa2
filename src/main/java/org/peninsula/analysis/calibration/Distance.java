package org.peninsula.analysis.calibration;

/**
 * Weighted Euclidean distance between simulated and observed statistics: each statistic's gap to
 * the observed range is divided by its scale (the prior-predictive median absolute deviation, so
 * that a statistic with a wide natural spread does not dominate) and multiplied by its weight.
 * A statistic the record does not observe, or one with weight 0, does not count.
 */
public final class Distance {
  private final Observation observed;
  private final double[] scale;
  private final double[] weight;

  public Distance(Observation observed, double[] scale, double[] weight) {
    if (scale.length != observed.size() || weight.length != observed.size()) {
      throw new IllegalArgumentException("scale and weight must match the statistics");
    }
    this.observed = observed;
    this.scale = scale.clone();
    this.weight = weight.clone();
    for (int k = 0; k < scale.length; k++) {
      if (!(scale[k] > 0)) {
        throw new IllegalArgumentException(observed.names().get(k) + ": scale must be > 0");
      }
    }
  }

  public double of(double[] simulated) {
    double sum = 0;
    for (int k = 0; k < scale.length; k++) {
      if (weight[k] == 0 || !observed.observed(k)) {
        continue;
      }
      double x = simulated[k];
      double g = Double.isNaN(x) ? 1e6 : observed.gap(k, x) / scale[k];
      sum += weight[k] * g * g;
    }
    return Math.sqrt(sum);
  }

  public double[] scale() {
    return scale.clone();
  }

  public double[] weight() {
    return weight.clone();
  }

  public Observation observed() {
    return observed;
  }

  /**
   * Scales from prior-predictive simulations: each statistic's median absolute deviation; where
   * that is 0 (a statistic that is nearly always the same value) the mean absolute deviation
   * from the median, and where that is 0 too, 1; never below {@code floor}. The floor keeps a
   * rare count (a nuclear test, a veto) from dominating the distance: without it a statistic
   * whose prior-predictive spread is tiny makes a miss by one event cost a hundred times what a
   * miss costs elsewhere, and the distance stops telling good parameters from bad.
   */
  public static double[] madScales(double[][] stats, int k, double floor) {
    double[] s = madScales(stats, k);
    for (int j = 0; j < k; j++) {
      s[j] = Math.max(s[j], floor);
    }
    return s;
  }

  /** As {@link #madScales(double[][], int, double)} without a floor. */
  public static double[] madScales(double[][] stats, int k) {
    double[] out = new double[k];
    double[] col = new double[stats.length];
    for (int j = 0; j < k; j++) {
      int n = 0;
      for (double[] s : stats) {
        if (!Double.isNaN(s[j])) {
          col[n++] = s[j];
        }
      }
      if (n == 0) {
        out[j] = 1;
        continue;
      }
      double[] c = java.util.Arrays.copyOf(col, n);
      double med = Weighted.median(c);
      double[] dev = new double[n];
      double meanAbs = 0;
      for (int i = 0; i < n; i++) {
        dev[i] = Math.abs(c[i] - med);
        meanAbs += dev[i];
      }
      meanAbs /= n;
      double mad = Weighted.median(dev);
      out[j] = mad > 0 ? mad : meanAbs > 0 ? meanAbs : 1;
    }
    return out;
  }
}
