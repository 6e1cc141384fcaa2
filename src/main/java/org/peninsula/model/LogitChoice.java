package org.peninsula.model;

import ec.util.MersenneTwisterFast;

/**
 * The logit (softmax) choice rule: option i is taken with probability proportional to
 * exp(rationality * utility_i). Rationality 0 is a fair die; large rationality picks the best.
 */
public final class LogitChoice {
  private LogitChoice() {}

  /** Fills {@code probabilities[0..n)}; safe against overflow. */
  public static void probabilities(double[] utilities, int n, double rationality,
      double[] probabilities) {
    double sum = weights(utilities, n, rationality, probabilities);
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
    double sum = weights(utilities, n, rationality, scratch);
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

  /** Unnormalised weights exp(rationality * (u_i - max u)) into {@code w}; returns their sum. */
  private static double weights(double[] utilities, int n, double rationality, double[] w) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (utilities[i] > max) {
        max = utilities[i];
      }
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double x = Math.exp(rationality * (utilities[i] - max));
      w[i] = x;
      sum += x;
    }
    return sum;
  }
}
