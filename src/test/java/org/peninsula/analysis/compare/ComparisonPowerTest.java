package org.peninsula.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Size and power of the comparison procedures by simulation: 200 seeded replications of two
 * normal samples of n = 1000, either equal (null) or B shifted by 0.3 standard deviations. At
 * α = 0.05 every procedure must reject in at least 90 % of the shifted replications and in at
 * most 8 % of the null ones. (Normal-theory power for d = 0.3, n = 1000 per group is > 0.99;
 * with 200 replications a true size of 5 % exceeds 8 % with probability about 2.5 %.)
 */
class ComparisonPowerTest {

  private static final int REPLICATIONS = 200;
  private static final int N = 1000;
  private static final double SHIFT = 0.3;
  private static final double ALPHA = 0.05;

  /**
   * 200 resamples instead of the default 2000 keep the test fast: they make each interval end
   * slightly noisier, which barely moves a rejection rate.
   */
  private final NumericComparison compare = new NumericComparison(200, 0.95, 23L);

  private static Predicate<ComparisonResult> significant() {
    return r -> r.pValue() < ALPHA;
  }

  private static Predicate<ComparisonResult> intervalExcludesZero() {
    return r -> r.intervalExcludes(0);
  }

  private Map<String, Double> rejectionRates(double shift, long seed) {
    Map<String, Integer> rejections = new LinkedHashMap<>();
    RandomGenerator rng = new MersenneTwister(seed);
    for (int rep = 0; rep < REPLICATIONS; rep++) {
      double[] a = new double[N];
      double[] b = new double[N];
      double[] pairedB = new double[N];
      for (int i = 0; i < N; i++) {
        a[i] = rng.nextGaussian();
        b[i] = shift + rng.nextGaussian();
        // A paired run shares its seed's noise with the A run: correlation 0.5 here.
        pairedB[i] = shift + Math.sqrt(0.5) * a[i] + Math.sqrt(0.5) * rng.nextGaussian();
      }
      ComparisonResult means = compare.differenceOfMeans(a, b);
      count(rejections, "Welch t", significant().test(means));
      count(rejections, "bootstrap mean interval", intervalExcludesZero().test(means));
      count(rejections, "Mann-Whitney", significant().test(compare.mannWhitney(a, b)));
      count(rejections, "Kolmogorov-Smirnov",
          significant().test(compare.kolmogorovSmirnov(a, b)));
      count(rejections, "paired t",
          significant().test(compare.pairedDifferenceOfMeans(a, pairedB)));
      count(rejections, "Wilcoxon signed-rank",
          significant().test(compare.wilcoxonSignedRank(a, pairedB)));
    }
    Map<String, Double> rates = new LinkedHashMap<>();
    rejections.forEach((name, count) -> rates.put(name, count / (double) REPLICATIONS));
    return rates;
  }

  private static void count(Map<String, Integer> tally, String name, boolean rejected) {
    tally.merge(name, rejected ? 1 : 0, Integer::sum);
  }

  @Test
  void aShiftOfAThirdOfAStandardDeviationIsDetected() {
    Map<String, Double> rates = rejectionRates(SHIFT, 1001L);
    rates.forEach((name, rate) -> assertTrue(rate >= 0.9, name + " power " + rate));
  }

  @Test
  void underTheNullTheRejectionRateStaysNearAlpha() {
    Map<String, Double> rates = rejectionRates(0, 2002L);
    rates.forEach((name, rate) -> assertTrue(rate <= 0.08, name + " size " + rate));
  }

  @Test
  void newcombeIntervalHasPowerAndSizeForProportions() {
    RandomGenerator rng = new MersenneTwister(3003L);
    int detected = 0;
    int falseAlarms = 0;
    for (int rep = 0; rep < REPLICATIONS; rep++) {
      int a = binomial(rng, N, 0.30);
      int bShifted = binomial(rng, N, 0.38);
      int bNull = binomial(rng, N, 0.30);
      if (Proportions.difference(a, N, bShifted, N, 0.95).intervalExcludes(0)) {
        detected++;
      }
      if (Proportions.difference(a, N, bNull, N, 0.95).intervalExcludes(0)) {
        falseAlarms++;
      }
    }
    // Normal-theory power for 0.30 vs 0.38 with n = 1000 each is about 0.99.
    assertTrue(detected >= 0.9 * REPLICATIONS, "power " + detected);
    assertTrue(falseAlarms <= 0.08 * REPLICATIONS, "size " + falseAlarms);
  }

  private static int binomial(RandomGenerator rng, int n, double p) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (rng.nextDouble() < p) {
        k++;
      }
    }
    return k;
  }
}
