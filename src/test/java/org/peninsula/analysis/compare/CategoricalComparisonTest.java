package org.peninsula.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.Test;

class CategoricalComparisonTest {

  private final CategoricalComparison comparison = new CategoricalComparison(10_000, 99L);

  @Test
  void pearsonChiSquareOnAWellFilledTable() {
    // Expected counts 25, 25, 50 in both rows: X² = 4 (5²/25) = 4 on 2 df, p = exp(-2).
    ComparisonResult r = comparison.compare(
        Map.of("talks", 30L, "stalemate", 20L, "conflict", 50L),
        Map.of("talks", 20L, "stalemate", 30L, "conflict", 50L));
    assertEquals(4.0, r.statistic(), 1e-12);
    assertEquals(Math.exp(-2), r.pValue(), 1e-9);
    assertEquals(Math.sqrt(4.0 / 200), r.estimate(), 1e-12);
    assertTrue(r.method().startsWith("Pearson"), r.method());
  }

  @Test
  void identicalDistributionsAreNotSignificant() {
    Map<String, Long> counts = Map.of("talks", 40L, "stalemate", 35L, "conflict", 25L);
    ComparisonResult r = comparison.compare(counts, counts);
    assertEquals(0, r.statistic(), 1e-12);
    assertEquals(1.0, r.pValue(), 1e-12);
    assertEquals(0, r.estimate(), 1e-12);
  }

  @Test
  void categoriesAbsentFromBothSamplesAreIgnored() {
    ComparisonResult r = comparison.compare(
        Map.of("talks", 30L, "stalemate", 20L, "conflict", 50L, "war", 0L),
        Map.of("talks", 20L, "stalemate", 30L, "conflict", 50L));
    assertEquals(4.0, r.statistic(), 1e-12);
  }

  @Test
  void sparseTwoByTwoUsesFishersExactTest() {
    // Fisher's tea-tasting table [[3, 1], [1, 3]]: two-sided p = 34/70 = 0.4857.
    ComparisonResult r = comparison.compare(
        Map.of("milk first", 3L, "tea first", 1L), Map.of("milk first", 1L, "tea first", 3L));
    assertEquals(34.0 / 70, r.pValue(), 1e-12);
    assertTrue(r.method().startsWith("Fisher"), r.method());
  }

  @Test
  void sparseLargerTableUsesAPermutationTestThatMatchesTheExactConditionalTest() {
    Map<String, Long> a = Map.of("talks", 4L, "stalemate", 1L, "conflict", 0L);
    Map<String, Long> b = Map.of("talks", 0L, "stalemate", 1L, "conflict", 4L);
    ComparisonResult r = comparison.compare(a, b);
    assertTrue(r.method().startsWith("Monte Carlo permutation"), r.method());

    // Exact conditional p-value: enumerate all first rows with the observed margins
    // (columns 4, 2, 4; five observations in A), weighted by the multivariate hypergeometric.
    int[] columns = {4, 2, 4};
    double observed = CategoricalComparison.chiSquare(new long[][] {{4, 1, 0}, {0, 1, 4}});
    double exact = 0;
    double all = CombinatoricsUtils.binomialCoefficientDouble(10, 5);
    for (int x = 0; x <= 4; x++) {
      for (int y = 0; y <= 2; y++) {
        int z = 5 - x - y;
        if (z < 0 || z > 4) {
          continue;
        }
        long[][] table = {{x, y, z}, {columns[0] - x, columns[1] - y, columns[2] - z}};
        if (CategoricalComparison.chiSquare(table) >= observed - 1e-9) {
          exact += CombinatoricsUtils.binomialCoefficientDouble(4, x)
              * CombinatoricsUtils.binomialCoefficientDouble(2, y)
              * CombinatoricsUtils.binomialCoefficientDouble(4, z) / all;
        }
      }
    }
    // Monte Carlo standard error with 10 000 permutations is at most 0.005.
    assertEquals(exact, r.pValue(), 0.01);
    // Deterministic for a seed.
    assertEquals(r, new CategoricalComparison(10_000, 99L).compare(a, b));
  }

  @Test
  void labelsAreTalliedIntoCounts() {
    List<String> a = new ArrayList<>();
    a.addAll(Collections.nCopies(30, "talks"));
    a.addAll(Collections.nCopies(20, "stalemate"));
    a.addAll(Collections.nCopies(50, "conflict"));
    List<String> b = new ArrayList<>();
    b.addAll(Collections.nCopies(20, "talks"));
    b.addAll(Collections.nCopies(30, "stalemate"));
    b.addAll(Collections.nCopies(50, "conflict"));
    assertEquals(4.0, comparison.compareLabels(a, b).statistic(), 1e-12);
  }

  @Test
  void singleCategoryNeedsNoTest() {
    ComparisonResult r = comparison.compare(Map.of("talks", 10L), Map.of("talks", 12L));
    assertEquals(1.0, r.pValue(), 0);
  }
}
