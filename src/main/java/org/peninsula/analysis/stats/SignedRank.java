package org.peninsula.analysis.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Wilcoxon signed-rank test of paired differences, two-sided. Zero differences are dropped
 * (Wilcoxon's convention, SciPy's {@code zero_method="wilcox"}); the others are ranked by
 * magnitude with midranks for ties. W+ is the rank sum of the positive differences.
 *
 * <p><b>Exact</b> for at most {@value #EXACT_MAX} non-zero differences, with or without ties:
 * under the null each sign is + or − with probability 1/2 independently, given the magnitudes,
 * so the exact conditional distribution of W+ is that of Σ r_i I_i with the observed midranks
 * r_i. Doubled midranks are integers, so the distribution is built by the shift algorithm (one
 * convolution per rank; n · n(n + 1) steps, 130 000 at n = 50). p = min(1, 2 min(P(W+ ≤ w),
 * P(W+ ≥ w))).
 *
 * <p><b>Normal approximation</b> above: mean n(n + 1)/4, variance n(n + 1)(2n + 1)/24 −
 * Σ(t³ − t)/48 over tied groups, continuity correction 0.5 towards the mean (as SciPy's {@code
 * method="approx", correction=True}).
 */
public final class SignedRank {

  /** Largest number of non-zero differences for which the exact distribution is used. */
  public static final int EXACT_MAX = 50;

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution();

  /**
   * @param n non-zero differences
   * @param wPlus rank sum of the positive ones
   * @param rankBiserial (W+ − W−)/(W+ + W−) (Kerby 2014), in [−1, 1]
   * @param p two-sided p-value
   * @param exact whether p is exact
   */
  public record Result(int n, double wPlus, double rankBiserial, double p, boolean exact) {}

  private SignedRank() {}

  public static Result test(double[] differences) {
    double[] nonZero = Arrays.stream(differences).filter(v -> v != 0).toArray();
    int n = nonZero.length;
    if (n == 0) {
      return new Result(0, 0, 0, 1, true);
    }
    double[] magnitudes = Arrays.stream(nonZero).map(Math::abs).toArray();
    double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE)
        .rank(magnitudes);
    double plus = 0;
    for (int i = 0; i < n; i++) {
      if (nonZero[i] > 0) {
        plus += ranks[i];
      }
    }
    double total = (double) n * (n + 1) / 2;
    double rb = (plus - (total - plus)) / total;
    if (n <= EXACT_MAX) {
      int[] doubled = new int[n];
      for (int i = 0; i < n; i++) {
        doubled[i] = (int) Math.round(2 * ranks[i]);
      }
      return new Result(n, plus, rb, exactP(doubled, (int) Math.round(2 * plus)), true);
    }
    double ties = tieTerm(magnitudes);
    double variance = (double) n * (n + 1) * (2.0 * n + 1) / 24 - ties / 48;
    double dev = plus - total / 2;
    double p;
    if (variance <= 0) {
      p = 1;
    } else {
      double corrected = dev == 0 ? 0 : Math.abs(dev) - 0.5;
      p = Math.min(1, 2 * STANDARD_NORMAL.cumulativeProbability(
          -Math.abs(corrected) / Math.sqrt(variance)));
    }
    return new Result(n, plus, rb, p, false);
  }

  /**
   * (W+ − W−)/(W+ + W−) over the non-zero differences, 0 when there are none; the effect size
   * that belongs to this test (its sign is the direction the test detects).
   */
  public static double rankBiserial(double[] differences) {
    int n = 0;
    for (double v : differences) {
      if (v != 0) {
        n++;
      }
    }
    if (n == 0) {
      return 0;
    }
    double[] magnitudes = new double[n];
    boolean[] positive = new boolean[n];
    int k = 0;
    for (double v : differences) {
      if (v != 0) {
        magnitudes[k] = Math.abs(v);
        positive[k++] = v > 0;
      }
    }
    double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE)
        .rank(magnitudes);
    double plus = 0;
    for (int i = 0; i < n; i++) {
      if (positive[i]) {
        plus += ranks[i];
      }
    }
    double total = (double) n * (n + 1) / 2;
    return (2 * plus - total) / total;
  }

  /** Two-sided exact p of the observed doubled rank sum s given the doubled ranks. */
  static double exactP(int[] doubledRanks, int s) {
    int max = 0;
    for (int r : doubledRanks) {
      max += r;
    }
    double[] dist = new double[max + 1];
    dist[0] = 1;
    int reach = 0;
    for (int r : doubledRanks) {
      // shift algorithm: P_new(x) = (P(x) + P(x - r)) / 2, right to left in place
      for (int x = reach + r; x >= 0; x--) {
        double keep = x <= reach ? dist[x] : 0;
        double shifted = x >= r ? dist[x - r] : 0;
        dist[x] = (keep + shifted) / 2;
      }
      reach += r;
    }
    double lower = 0;
    double upper = 0;
    for (int x = 0; x <= max; x++) {
      if (x <= s) {
        lower += dist[x];
      }
      if (x >= s) {
        upper += dist[x];
      }
    }
    return Math.min(1, 2 * Math.min(lower, upper));
  }

  /** Σ (t³ − t) over groups of tied values (also the Mann–Whitney variance's tie correction). */
  public static double tieTerm(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double sum = 0;
    int i = 0;
    while (i < sorted.length) {
      int j = i;
      while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
        j++;
      }
      double t = j - i + 1;
      sum += t * t * t - t;
      i = j + 1;
    }
    return sum;
  }
}
