package org.peninsula.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.junit.jupiter.api.Test;

/** The exact Kolmogorov–Smirnov and signed-rank distributions against enumeration. */
class ExactTestsTest {

  @Test
  void ksWithoutTiesMatchesScipyExactAndIsNonStrict() {
    double[] a = {0.1, 0.5, 0.9, 1.3, 2.0};
    double[] b = {0.3, 0.4, 1.1, 2.5, 2.6, 3.0, 3.1};
    KolmogorovSmirnov.Result r = KolmogorovSmirnov.test(a, b);
    assertTrue(r.exact());
    // scipy.stats.ks_2samp(a, b, method="exact").pvalue
    assertEquals(0.23737373737373738, r.p(), 1e-14);
    // Commons Math 3.6.1 gives P(D > d), strictly smaller
    assertTrue(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(a, b) < r.p() - 0.01);
  }

  @Test
  void ksWithTiesIsTheExactConditionalDistributionByEnumeration() {
    double[] pooled = {0, 0, 0, 1, 1, 2, 2, 2, 2, 3, 5};
    int m = 5;
    int n = pooled.length - m;
    double[] a = {0, 1, 2, 2, 5};
    double[] b = {0, 0, 1, 2, 2, 3};
    double d = KolmogorovSmirnov.test(a, b).d();
    // every assignment of m of the pooled values to A
    int atLeast = 0;
    int total = 0;
    for (int mask = 0; mask < 1 << pooled.length; mask++) {
      if (Integer.bitCount(mask) != m) {
        continue;
      }
      double[] x = new double[m];
      double[] y = new double[n];
      int i = 0;
      int j = 0;
      for (int k = 0; k < pooled.length; k++) {
        if ((mask & 1 << k) != 0) {
          x[i++] = pooled[k];
        } else {
          y[j++] = pooled[k];
        }
      }
      total++;
      if (KolmogorovSmirnov.test(x, y).d() >= d - 1e-12) {
        atLeast++;
      }
    }
    assertEquals(462, total);
    assertEquals((double) atLeast / total, KolmogorovSmirnov.test(a, b).p(), 1e-12);
    assertEquals(1.0, KolmogorovSmirnov.test(a, a).p());
  }

  @Test
  void ksTinyPValuesDoNotUnderflow() {
    int n = 300;
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
      b[i] = n + i;
    }
    // only the two extreme paths reach D = 1: p = 2 / C(600, 300), about 1.5e-179
    double logP = Math.log(2) - (Gamma.logGamma(601) - 2 * Gamma.logGamma(301));
    KolmogorovSmirnov.Result r = KolmogorovSmirnov.test(a, b);
    assertEquals(1.0, r.d());
    assertEquals(logP, Math.log(r.p()), 1e-9);
  }

  @Test
  void ksAsymptoticAboveTheExactSize() {
    RandomGenerator rng = new MersenneTwister(9L);
    double[] a = new double[6000];
    double[] b = new double[5000];
    for (int i = 0; i < a.length; i++) {
      a[i] = rng.nextGaussian();
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = rng.nextGaussian() + 0.05;
    }
    KolmogorovSmirnov.Result r = KolmogorovSmirnov.test(a, b);
    assertFalse(r.exact());
    // at this size Commons Math's asymptotic p is the same limit without Stephens' correction
    double cm = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(a, b);
    assertEquals(cm, r.p(), 0.01);
  }

  @Test
  void signedRankSmallestExactPValues() {
    // n = 3, all positive: P(W+ = 6) = 1/8, two-sided 0.25 (the normal approximation gave 0.17)
    assertEquals(0.25, SignedRank.test(new double[] {1, 2, 3}).p(), 1e-15);
    double[] eleven = new double[11];
    for (int i = 0; i < 11; i++) {
      eleven[i] = i + 1;
    }
    assertEquals(2.0 / 2048, SignedRank.test(eleven).p(), 1e-15);
  }

  @Test
  void signedRankWithTiesMatchesFullEnumeration() {
    double[] d = {0.5, -0.5, 1, 1, 1, -2, 3, 3, 0, 4, 0.5, 0.5, -1};
    SignedRank.Result r = SignedRank.test(d);
    assertTrue(r.exact());
    double[] nonZero = java.util.Arrays.stream(d).filter(v -> v != 0).toArray();
    int n = nonZero.length;
    double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE)
        .rank(java.util.Arrays.stream(nonZero).map(Math::abs).toArray());
    double lower = 0;
    double upper = 0;
    for (int mask = 0; mask < 1 << n; mask++) {
      double w = 0;
      for (int i = 0; i < n; i++) {
        if ((mask & 1 << i) != 0) {
          w += ranks[i];
        }
      }
      lower += w <= r.wPlus() + 1e-9 ? 1 : 0;
      upper += w >= r.wPlus() - 1e-9 ? 1 : 0;
    }
    double expected = Math.min(1, 2 * Math.min(lower, upper) / (1 << n));
    assertEquals(expected, r.p(), 1e-14);
  }

  @Test
  void signedRankApproximationIsCloseToExactJustAboveTheCutOff() {
    RandomGenerator rng = new MersenneTwister(6L);
    int n = SignedRank.EXACT_MAX + 10;
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = rng.nextGaussian() + 0.3;
    }
    SignedRank.Result r = SignedRank.test(d);
    assertFalse(r.exact());
    int[] doubled = new int[n];
    double[] ranks = new NaturalRanking().rank(java.util.Arrays.stream(d).map(Math::abs)
        .toArray());
    for (int i = 0; i < n; i++) {
      doubled[i] = (int) Math.round(2 * ranks[i]);
    }
    double exact = SignedRank.exactP(doubled, (int) Math.round(2 * r.wPlus()));
    assertEquals(exact, r.p(), 0.002);
  }
}
