package org.peninsula.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

class NumericComparisonTest {

  private final NumericComparison compare = new NumericComparison(2000, 0.95, 17L);

  private static double[] normal(RandomGenerator rng, int n, double mean) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = mean + rng.nextGaussian();
    }
    return x;
  }

  @Test
  void identicalSamplesShowNoDifference() {
    double[] a = normal(new MersenneTwister(1L), 200, 0);
    List<ComparisonResult> independent = compare.compareIndependent(a, a.clone());
    for (ComparisonResult r : independent) {
      if (!r.quantity().startsWith("largest") && !r.quantity().startsWith("probability")) {
        assertEquals(0, r.estimate(), 1e-12, r.quantity());
        assertTrue(r.lower() <= 0 && r.upper() >= 0, r.quantity() + " interval covers 0");
      }
      if (r.hasTest()) {
        assertTrue(r.pValue() > 0.5, r.quantity() + " p = " + r.pValue());
      }
    }
    assertEquals(1.0, compare.differenceOfMeans(a, a).pValue(), 1e-12);
    assertEquals(1.0, compare.mannWhitney(a, a).pValue(), 1e-12);
    assertEquals(0.5, compare.mannWhitney(a, a).estimate(), 1e-12);
    assertEquals(0, compare.kolmogorovSmirnov(a, a).estimate(), 0);

    for (ComparisonResult r : compare.comparePaired(a, a.clone())) {
      assertEquals(0, r.estimate(), 0, r.quantity());
      if (r.hasTest()) {
        assertEquals(1.0, r.pValue(), 0, r.quantity());
      }
    }
  }

  @Test
  void effectSizesMatchHandComputedValues() {
    double[] a = {1, 2, 3, 4, 5};
    double[] b = {3, 4, 5, 6, 7};
    // Mean difference 2, pooled variance 2.5.
    assertEquals(2 / Math.sqrt(2.5), compare.cohensD(a, b).estimate(), 1e-12);
    // Cliff's delta on {1,2,3} vs {2,3,4}: 6 pairs with B > A, 1 with B < A, 2 ties -> 5/9.
    double[] x = {1, 2, 3};
    double[] y = {2, 3, 4};
    assertEquals(5.0 / 9, compare.cliffsDelta(x, y).estimate(), 1e-12);
    assertEquals(7.0 / 9, compare.varghaDelaneyA(x, y).estimate(), 1e-12);
    assertEquals(7.0 / 9, compare.mannWhitney(x, y).estimate(), 1e-12);
    assertEquals(-5.0 / 9, compare.cliffsDelta(y, x).estimate(), 1e-12);
  }

  @Test
  void bootstrapIntervalOfTheMeanDifferenceCoversTheShift() {
    RandomGenerator rng = new MersenneTwister(5L);
    double[] a = normal(rng, 500, 0);
    double[] b = normal(rng, 500, 1);
    ComparisonResult r = compare.differenceOfMeans(a, b);
    assertTrue(r.lower() < 1 && 1 < r.upper(), r.toString());
    // Half-width close to the normal-theory 1.96 sqrt(2/500) = 0.124.
    assertEquals(0.124, (r.upper() - r.lower()) / 2, 0.015);
    assertTrue(r.pValue() < 1e-10);
    assertTrue(r.statistic() > 0, "t is oriented B - A");
    ComparisonResult median = compare.differenceOfMedians(a, b);
    assertTrue(median.lower() < 1 && 1 < median.upper(), median.toString());
  }

  @Test
  void resultsAreReproducibleForASeed() {
    RandomGenerator rng = new MersenneTwister(8L);
    double[] a = normal(rng, 100, 0);
    double[] b = normal(rng, 120, 0.2);
    assertEquals(compare.compareIndependent(a, b),
        new NumericComparison(2000, 0.95, 17L).compareIndependent(a, b));
  }

  @Test
  void mannWhitneyAgreesWithCommonsMathWithoutTies() {
    RandomGenerator rng = new MersenneTwister(3L);
    double[] a = normal(rng, 50, 0);
    double[] b = normal(rng, 60, 0.4);
    assertEquals(new MannWhitneyUTest().mannWhitneyUTest(a, b),
        compare.mannWhitney(a, b).pValue(), 1e-12);
  }

  @Test
  void mannWhitneyTieCorrectionUsesTheExactPermutationVarianceOfU() {
    double[] a = {1, 2, 2, 3, 3, 3};
    double[] b = {2, 3, 3, 4, 4, 5};
    // Variance of U_B over all C(12, 6) = 924 splits of the pooled values, enumerated.
    double[] pooled = {1, 2, 2, 3, 3, 3, 2, 3, 3, 4, 4, 5};
    double sum = 0;
    double sumSq = 0;
    int splits = 0;
    for (int mask = 0; mask < 1 << 12; mask++) {
      if (Integer.bitCount(mask) != 6) {
        continue;
      }
      double u = 0;
      for (int i = 0; i < 12; i++) {
        for (int j = 0; j < 12; j++) {
          boolean iInB = (mask >> i & 1) == 1;
          boolean jInA = (mask >> j & 1) == 0;
          if (iInB && jInA) {
            u += pooled[i] > pooled[j] ? 1 : pooled[i] == pooled[j] ? 0.5 : 0;
          }
        }
      }
      sum += u;
      sumSq += u * u;
      splits++;
    }
    double mean = sum / splits;
    double variance = sumSq / splits - mean * mean;
    ComparisonResult r = compare.mannWhitney(a, b);
    double z = (r.statistic() - mean) / Math.sqrt(variance);
    double expected = 2 * new NormalDistribution().cumulativeProbability(-Math.abs(z));
    assertEquals(18, mean, 1e-9);
    assertEquals(expected, r.pValue(), 1e-9);
  }

  @Test
  void wilcoxonUsesTheExactCommonsMathTestForSmallSamplesWithoutTies() {
    RandomGenerator rng = new MersenneTwister(4L);
    double[] a = normal(rng, 20, 0);
    double[] b = normal(rng, 20, 0.5);
    double expected = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(a, b, true);
    ComparisonResult r = compare.wilcoxonSignedRank(a, b);
    assertEquals(expected, r.pValue(), 1e-12);
    assertTrue(r.method().contains("exact"), r.method());
  }

  @Test
  void wilcoxonDropsZeroDifferences() {
    double[] a = {1, 2, 3, 4, 5, 6, 7, 8};
    double[] b = {1, 2.5, 2.1, 4, 5.7, 6.2, 7.3, 8.4};
    // Differences: 0, .5, -.9, 0, .7, .2, .3, .4 -> the six non-zero ones only.
    double[] nonZeroA = {2, 3, 5, 6, 7, 8};
    double[] nonZeroB = {2.5, 2.1, 5.7, 6.2, 7.3, 8.4};
    assertEquals(compare.wilcoxonSignedRank(nonZeroA, nonZeroB).pValue(),
        compare.wilcoxonSignedRank(a, b).pValue(), 0);
    assertEquals(new WilcoxonSignedRankTest().wilcoxonSignedRankTest(nonZeroA, nonZeroB, true),
        compare.wilcoxonSignedRank(a, b).pValue(), 1e-12);
  }

  @Test
  void wilcoxonIsExactAtFortyPairsWithoutTies() {
    RandomGenerator rng = new MersenneTwister(6L);
    int n = 40;
    double[] a = normal(rng, n, 0);
    double[] b = normal(rng, n, 0.35);
    ComparisonResult r = compare.wilcoxonSignedRank(a, b);
    assertTrue(r.method().contains("exact"), r.method());
    // Exact null distribution of W+ for ranks 1..40 by dynamic programming over rank sums.
    int max = n * (n + 1) / 2;
    double[] ways = new double[max + 1];
    ways[0] = 1;
    for (int rank = 1; rank <= n; rank++) {
      for (int s = max; s >= rank; s--) {
        ways[s] += ways[s - rank];
      }
    }
    double plus = r.statistic();
    double extreme = Math.max(plus, max - plus);
    double upperTail = 0;
    for (int s = (int) Math.ceil(extreme); s <= max; s++) {
      upperTail += ways[s];
    }
    double exact = Math.min(1, 2 * upperTail / Math.pow(2, n));
    assertEquals(exact, r.pValue(), 1e-12);
  }

  @Test
  void pairedSamplesAlignBySeedAndDropUnmatchedRuns() {
    PairedSamples<Long> pairs = PairedSamples.align(
        Map.of(1L, 10.0, 2L, 11.0, 3L, 12.0, 9L, 99.0),
        Map.of(3L, 13.5, 1L, 10.5, 2L, 12.0, 7L, 0.0));
    assertEquals(List.of(1L, 2L, 3L), pairs.keys());
    assertEquals(2, pairs.unmatched());
    ComparisonResult mean = compare.comparePaired(pairs).get(0);
    assertEquals(1.0, mean.estimate(), 1e-12);
    assertEquals(3, mean.sizeA());
  }
}
