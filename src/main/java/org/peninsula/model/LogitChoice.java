package org.peninsula.model;

import ec.util.MersenneTwisterFast;

/**
 * The logit (softmax) choice rule: option i is taken with probability proportional to
 * exp(rationality * utility_i). Rationality 0 is a fair die; large rationality picks the best.
 */
public final class LogitChoice {
  private LogitChoice() {}

  /** Fills {@code probabilities[0..n)} and returns nothing; safe against overflow. */
  public static void probabilities(double[] utilities, int n, double rationality,
      double[] probabilities) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (utilities[i] > max) {
        max = utilities[i];
      }
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double w = expNonPositive(rationality * (utilities[i] - max));
      probabilities[i] = w;
      sum += w;
    }
    for (int i = 0; i < n; i++) {
      probabilities[i] /= sum;
    }
  }

  /**
   * Draws an option; uses {@code scratch} (length >= n) to avoid allocating. The weights are not
   * normalised: the uniform draw is scaled by their sum instead, which picks the same option.
   */
  public static int choose(double[] utilities, int n, double rationality,
      MersenneTwisterFast random, double[] scratch) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (utilities[i] > max) {
        max = utilities[i];
      }
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double w = expNonPositive(rationality * (utilities[i] - max));
      scratch[i] = w;
      sum += w;
    }
    double u = random.nextDouble() * sum;
    double acc = 0;
    for (int i = 0; i < n - 1; i++) {
      acc += scratch[i];
      if (u < acc) {
        return i;
      }
    }
    return n - 1;
  }

  private static final double LOG2E = 1.4426950408889634;
  private static final double LN2 = 0.6931471805599453;

  /**
   * e^x for x <= 0, to a relative error below 1e-12 (checked in tests against Math.exp). The
   * logit rule evaluates a few thousand exponentials per run; this range-reduced polynomial
   * (x = k ln 2 + r, |r| <= ln2 / 2, Taylor series of e^r to degree 11) is several times cheaper
   * than the library call, and below -700 the weight is zero for any purpose here.
   */
  static double expNonPositive(double x) {
    if (x < -700) {
      return 0.0;
    }
    double kd = Math.rint(x * LOG2E);
    double r = x - kd * LN2;
    double p = 1.0 + r * (1.0 + r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120
        + r * (1.0 / 720 + r * (1.0 / 5040 + r * (1.0 / 40320 + r * (1.0 / 362880
        + r * (1.0 / 3628800 + r * (1.0 / 39916800)))))))))));
    return p * Double.longBitsToDouble((long) ((int) kd + 1023) << 52);
  }
}
