package org.peninsula.analysis.compare;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.peninsula.analysis.stats.Estimate;
import org.peninsula.experiment.FutureEstimate;

/**
 * Intervals for a proportion (e.g. share of runs ending in conflict) and for the difference of
 * two proportions, all built from Wilson score intervals so they behave near 0 and 1 and with
 * small samples, where the Wald interval fails (Newcombe 1998a, 1998b).
 */
public final class Proportions {

  private Proportions() {}

  static double z(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
    return new NormalDistribution().inverseCumulativeProbability((1 + level) / 2);
  }

  /**
   * Wilson (1927) score interval: (x + z²/2 ± z sqrt(x (n - x) / n + z²/4)) / (n + z²), without
   * continuity correction (Newcombe 1998a, method 3). The formula lives in one place, {@link
   * FutureEstimate#wilson}, because the ensemble summaries of the experiment layer need it and
   * that layer may not depend on this one (docs/analysis.md, "One Wilson interval").
   */
  public static Estimate wilson(long successes, long trials, double level) {
    if (trials <= 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "need 0 <= successes <= trials and trials > 0, got " + successes + "/" + trials);
    }
    double[] ci = FutureEstimate.wilson(successes, trials, z(level));
    return new Estimate((double) successes / trials, ci[0], ci[1]);
  }

  /**
   * p_B - p_A for independent samples, with Newcombe's (1998b) hybrid score interval (method
   * 10): with Wilson limits (l, u) for each proportion and D = p_B - p_A,
   * D - sqrt((p_B - l_B)² + (u_A - p_A)²) to D + sqrt((u_B - p_B)² + (p_A - l_A)²).
   * The p-value is that of the 2 × 2 table test of {@link CategoricalComparison} (Pearson
   * chi-square, or Fisher's exact test when expected counts are small).
   */
  public static ComparisonResult difference(
      long successesA, long trialsA, long successesB, long trialsB, double level) {
    Estimate a = wilson(successesA, trialsA, level);
    Estimate b = wilson(successesB, trialsB, level);
    double d = b.value() - a.value();
    double lower = d - Math.hypot(b.value() - b.lower(), a.upper() - a.value());
    double upper = d + Math.hypot(b.upper() - b.value(), a.value() - a.lower());
    long[][] table = {
        {successesA, trialsA - successesA},
        {successesB, trialsB - successesB}};
    CategoricalComparison.TableTest test = CategoricalComparison.testTwoByTwo(table);
    return new ComparisonResult("difference of proportions (B - A)",
        "Newcombe hybrid score interval (method 10), " + percent(level) + "; " + test.method(),
        d, Math.max(-1, lower), Math.min(1, upper), test.statistic(), test.pValue(), Double.NaN,
        Math.toIntExact(trialsA), Math.toIntExact(trialsB));
  }

  /**
   * p_B - p_A for paired binary outcomes (A and B run with the same seeds), with Newcombe's
   * (1998c) square-and-add interval for paired data (method 10), which corrects the hybrid score
   * interval for the correlation of the pairs, and the exact McNemar test (two-sided binomial
   * test of the discordant pairs).
   *
   * @param a outcome of each pair under A
   * @param b outcome of the same pair under B
   */
  public static ComparisonResult pairedDifference(boolean[] a, boolean[] b, double level) {
    if (a.length != b.length || a.length == 0) {
      throw new IllegalArgumentException("paired samples must have the same, non-zero length");
    }
    long both = 0;
    long onlyA = 0;
    long onlyB = 0;
    long neither = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] && b[i]) {
        both++;
      } else if (a[i]) {
        onlyA++;
      } else if (b[i]) {
        onlyB++;
      } else {
        neither++;
      }
    }
    return pairedDifference(both, onlyA, onlyB, neither, level);
  }

  /** Paired version from the counts of the 2 × 2 table of pairs. */
  public static ComparisonResult pairedDifference(
      long both, long onlyA, long onlyB, long neither, double level) {
    long n = both + onlyA + onlyB + neither;
    if (n <= 0 || both < 0 || onlyA < 0 || onlyB < 0 || neither < 0) {
      throw new IllegalArgumentException("need non-negative counts and at least one pair");
    }
    long successesB = both + onlyB;
    long successesA = both + onlyA;
    Estimate pb = wilson(successesB, n, level);
    Estimate pa = wilson(successesA, n, level);
    double d = pb.value() - pa.value();
    double phi = correctedPhi(both, onlyB, onlyA, neither);
    double dlB = pb.value() - pb.lower();
    double duB = pb.upper() - pb.value();
    double dlA = pa.value() - pa.lower();
    double duA = pa.upper() - pa.value();
    double lower = d - Math.sqrt(Math.max(0, dlB * dlB - 2 * phi * dlB * duA + duA * duA));
    double upper = d + Math.sqrt(Math.max(0, duB * duB - 2 * phi * duB * dlA + dlA * dlA));

    long discordant = onlyA + onlyB;
    double p = discordant == 0 ? 1.0 : new BinomialTest().binomialTest(
        Math.toIntExact(discordant), Math.toIntExact(onlyB), 0.5,
        AlternativeHypothesis.TWO_SIDED);
    return new ComparisonResult("difference of paired proportions (B - A)",
        "Newcombe square-and-add interval for paired data (method 10), " + percent(level)
            + "; exact McNemar test",
        d, Math.max(-1, lower), Math.min(1, upper), onlyB, Math.min(1, p), Double.NaN,
        Math.toIntExact(n), Math.toIntExact(n));
  }

  /**
   * Newcombe's estimate of the correlation of the paired indicators: (AD - BC) / sqrt of the
   * product of the margins, with AD - BC replaced by max(AD - BC - n/2, 0) when positive, and 0
   * when a margin is empty.
   */
  private static double correctedPhi(long bothYes, long firstOnly, long secondOnly, long bothNo) {
    double n = bothYes + firstOnly + secondOnly + bothNo;
    double margins = (double) (bothYes + firstOnly) * (secondOnly + bothNo)
        * (bothYes + secondOnly) * (firstOnly + bothNo);
    if (margins == 0) {
      return 0;
    }
    double cross = (double) bothYes * bothNo - (double) firstOnly * secondOnly;
    double corrected = cross > n / 2 ? cross - n / 2 : cross >= 0 ? 0 : cross;
    return corrected / Math.sqrt(margins);
  }

  /**
   * Cohen's (1988) h = 2 asin √p_B − 2 asin √p_A, the difference of two proportions on the
   * variance-stabilising arcsine scale (0.2 small, 0.5 medium, 0.8 large).
   */
  public static double cohensH(double pA, double pB) {
    return 2 * Math.asin(Math.sqrt(pB)) - 2 * Math.asin(Math.sqrt(pA));
  }

  static String percent(double level) {
    return (Math.round(level * 1000) / 10.0 + "%").replace(".0%", "%");
  }
}
