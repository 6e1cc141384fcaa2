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
    double shift = weightShift(utilities, n, rationality);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      probabilities[i] = exp(rationality * utilities[i] - shift);
      sum += probabilities[i];
    }
    for (int i = 0; i < n; i++) {
      probabilities[i] /= sum;
    }
  }

  /**
   * Draws an option; uses {@code scratch} (length >= n) to avoid allocating. Option i is drawn
   * when a uniform draw on [0, total weight) falls in its slice of the cumulative weights.
   */
  public static int choose(double[] utilities, int n, double rationality,
      MersenneTwisterFast random, double[] scratch) {
    double total = cumulativeWeights(utilities, n, rationality, scratch);
    // 32 random bits resolve a choice among a handful of options to 2^-32, and cost half of
    // MersenneTwisterFast.nextDouble's 53.
    double u = (random.nextInt() & 0xFFFF_FFFFL) * 0x1p-32 * total;
    // The option drawn is the number of slices that end at or below u. Counting them without a
    // branch avoids a mispredicted jump on every draw (the exit point is random by design).
    int option = 0;
    for (int i = 0; i < n - 1; i++) {
      option += u >= scratch[i] ? 1 : 0;
    }
    return option;
  }

  /**
   * Cumulative unnormalised weights into {@code cumulative}; returns the total. Utilities are a
   * few units, so exp(rationality * u_i) can be used as is, which saves a pass to find the best
   * option; only if the total would overflow or underflow are weights taken relative to it.
   */
  private static double cumulativeWeights(double[] utilities, int n, double rationality,
      double[] cumulative) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += exp(rationality * utilities[i]);
      cumulative[i] = sum;
    }
    if (sum > 1e-100 && sum < 1e100) {
      return sum;
    }
    double shift = weightShift(utilities, n, rationality);
    sum = 0;
    for (int i = 0; i < n; i++) {
      sum += exp(rationality * utilities[i] - shift);
      cumulative[i] = sum;
    }
    return sum;
  }

  /** rationality times the best utility: subtracted, it keeps the largest weight at 1. */
  private static double weightShift(double[] utilities, int n, double rationality) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (utilities[i] > max) {
        max = utilities[i];
      }
    }
    return rationality * max;
  }

  // e^x = 2^(n/256) * e^r with n = round(x * 256 / ln 2) and |r| <= ln 2 / 512: a table of the
  // 256 fractional powers of two and a fourth-order polynomial for e^r. Within 2 ulp of Math.exp
  // (LogitChoiceTest checks it) at under half its cost; a run takes about 6,500 of these.
  private static final double[] TWO_TO_FRACTION = new double[256];
  private static final double STEPS_PER_NAT = 256 / Math.log(2);
  private static final double LN2_STEP_HI = 0x1.62e42fee00000p-9; // ln 2 / 256, split so that
  private static final double LN2_STEP_LO = 0x1.a39ef35793c76p-41; // n * HI is exact

  static {
    for (int j = 0; j < 256; j++) {
      TWO_TO_FRACTION[j] = Math.pow(2, j / 256.0);
    }
  }

  /** e^x for x in [-708, 709] to within 2 ulp; 0 below, NaN for NaN. */
  static double exp(double x) {
    if (!(x > -708)) {
      return x != x ? x : 0;
    }
    if (x > 709) {
      return Double.POSITIVE_INFINITY;
    }
    double nd = Math.rint(x * STEPS_PER_NAT);
    long n = (long) nd;
    double r = (x - nd * LN2_STEP_HI) - nd * LN2_STEP_LO;
    double er = 1 + r * (1 + r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24))));
    return Double.longBitsToDouble(((n >> 8) + 1023) << 52) * TWO_TO_FRACTION[(int) (n & 255)] * er;
  }
}
