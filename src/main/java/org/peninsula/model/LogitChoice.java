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
    return chooseAt(utilities, n, rationality, unitDraw(random), scratch);
  }

  /**
   * A uniform draw on [0, 1) from 32 random bits: they resolve a choice among a handful of
   * options to 2^-32, and cost half of MersenneTwisterFast.nextDouble's 53.
   */
  public static double unitDraw(MersenneTwisterFast random) {
    return (random.nextInt() & 0xFFFF_FFFFL) * 0x1p-32;
  }

  /** Draws an option with a uniform number {@code unit} in [0, 1) drawn beforehand. */
  public static int chooseAt(double[] utilities, int n, double rationality, double unit,
      double[] scratch) {
    double total = cumulativeWeights(utilities, n, rationality, scratch);
    double u = unit * total;
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
      // A zero exponent (HOLD's utility is 0 by definition) has weight exactly 1, as exp gives.
      double x = rationality * utilities[i];
      sum += x == 0 ? 1.0 : exp(x);
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

  // e^x = 2^(n/1024) * e^r with n = round(x * 1024 / ln 2) and |r| <= ln 2 / 2048: a table of
  // the 1024 fractional powers of two and a cubic for e^r (whose error, r^4/24, is below 6e-16).
  // Within 4 ulp of Math.exp (MechanismsTest checks it) at well under half its cost; a run
  // takes about 6,500 of these.
  private static final int TABLE_BITS = 10;
  private static final int TABLE_SIZE = 1 << TABLE_BITS;
  private static final double[] TWO_TO_FRACTION = new double[TABLE_SIZE];
  private static final double STEPS_PER_NAT = TABLE_SIZE / Math.log(2);
  // ln 2 / 1024 in two parts (fdlibm's split of ln 2), so that n * STEP_HI is exact.
  private static final double STEP_HI = 0x1.62e42fee00000p-11;
  private static final double STEP_LO = 0x1.a39ef35793c76p-43;
  private static final double ROUNDER = 0x1.8p52;
  private static final long ROUNDER_BITS = Double.doubleToRawLongBits(ROUNDER);

  static {
    for (int j = 0; j < TABLE_SIZE; j++) {
      TWO_TO_FRACTION[j] = Math.pow(2, j / (double) TABLE_SIZE);
    }
  }

  /** e^x for x in [-708, 709] to within 4 ulp; 0 below, infinity above, NaN for NaN. */
  static double exp(double x) {
    if (!(x > -708)) {
      return x != x ? x : 0;
    }
    if (x > 709) {
      return Double.POSITIVE_INFINITY;
    }
    // Adding 1.5 * 2^52 rounds x * STEPS_PER_NAT (below 2^20 in size) to the nearest integer,
    // ties to even, exactly as Math.rint, and leaves that integer in the low bits: no rounding
    // instruction and no double-to-long conversion (with its overflow check) on this path.
    double shifted = x * STEPS_PER_NAT + ROUNDER;
    double nd = shifted - ROUNDER;
    long n = Double.doubleToRawLongBits(shifted) - ROUNDER_BITS;
    double r = (x - nd * STEP_HI) - nd * STEP_LO;
    double er = 1 + r * (1 + r * (0.5 + r * (1.0 / 6)));
    return Double.longBitsToDouble(((n >> TABLE_BITS) + 1023) << 52)
        * TWO_TO_FRACTION[(int) (n & (TABLE_SIZE - 1))] * er;
  }
}
