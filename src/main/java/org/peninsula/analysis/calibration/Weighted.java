package org.peninsula.analysis.calibration;

import java.util.Arrays;

/** Summaries of a weighted sample (weights need not sum to 1). */
public final class Weighted {
  private Weighted() {}

  public static double sum(double[] w) {
    double s = 0;
    for (double x : w) {
      s += x;
    }
    return s;
  }

  public static double mean(double[] x, double[] w) {
    double s = 0;
    double sw = 0;
    for (int i = 0; i < x.length; i++) {
      s += w[i] * x[i];
      sw += w[i];
    }
    return s / sw;
  }

  /** The weighted variance with weights read as probabilities (no small-sample correction). */
  public static double variance(double[] x, double[] w) {
    double m = mean(x, w);
    double s = 0;
    double sw = 0;
    for (int i = 0; i < x.length; i++) {
      s += w[i] * (x[i] - m) * (x[i] - m);
      sw += w[i];
    }
    return s / sw;
  }

  /** Kish's effective sample size, (sum w)^2 / sum w^2. */
  public static double ess(double[] w) {
    double s = 0;
    double s2 = 0;
    for (double x : w) {
      s += x;
      s2 += x * x;
    }
    return s2 == 0 ? 0 : s * s / s2;
  }

  /**
   * The weighted {@code p}-quantile: the smallest value whose cumulative weight reaches
   * {@code p} of the total.
   */
  public static double quantile(double[] x, double[] w, double p) {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double total = sum(w);
    double c = 0;
    for (Integer i : order) {
      c += w[i];
      if (c >= p * total) {
        return x[i];
      }
    }
    return x[order[order.length - 1]];
  }

  public static double median(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /**
   * The index drawn with probability proportional to its weight, for a uniform {@code u} in
   * [0, 1): the first index whose cumulative weight exceeds {@code u} of the total.
   */
  public static int pick(double[] cumulative, double u) {
    return org.peninsula.scenario.PosteriorSample.pickByWeight(cumulative, u);
  }

  public static double[] cumulative(double[] w) {
    double[] c = new double[w.length];
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i];
      c[i] = s;
    }
    return c;
  }

  /** Weighted covariance matrix of the rows of {@code theta}. */
  public static double[][] covariance(double[][] theta, double[] w) {
    int d = theta[0].length;
    double sw = sum(w);
    double[] m = new double[d];
    for (int i = 0; i < theta.length; i++) {
      for (int a = 0; a < d; a++) {
        m[a] += w[i] * theta[i][a] / sw;
      }
    }
    double[][] c = new double[d][d];
    for (int i = 0; i < theta.length; i++) {
      for (int a = 0; a < d; a++) {
        for (int b = 0; b <= a; b++) {
          c[a][b] += w[i] * (theta[i][a] - m[a]) * (theta[i][b] - m[b]) / sw;
        }
      }
    }
    for (int a = 0; a < d; a++) {
      for (int b = a + 1; b < d; b++) {
        c[a][b] = c[b][a];
      }
    }
    return c;
  }
}
