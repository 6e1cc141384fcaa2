package org.peninsula.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.api.Test;
import org.peninsula.analysis.stats.Estimate;

class ProportionsTest {

  /** Published values are rounded to 4 decimals. */
  private static final double ROUNDING = 0.6e-4;

  @Test
  void wilsonIntervalMatchesNewcombe1998Table() {
    // Newcombe (1998a), Statistics in Medicine 17:857, Table II, method 3 (score, no CC).
    assertInterval(0.2553, 0.3662, Proportions.wilson(81, 263, 0.95));
    assertInterval(0.0624, 0.1605, Proportions.wilson(15, 148, 0.95));
    assertInterval(0.0000, 0.1611, Proportions.wilson(0, 20, 0.95));
    assertInterval(0.0061, 0.1718, Proportions.wilson(1, 29, 0.95));
    assertEquals(0.0, Proportions.wilson(0, 20, 0.95).lower(), 0);
    assertEquals(1.0, Proportions.wilson(20, 20, 0.95).upper(), 0);
  }

  @Test
  void differenceOfIndependentProportionsMatchesNewcombe1998Table() {
    // Newcombe (1998b), Statistics in Medicine 17:873, Table II, method 10 (hybrid score).
    // The paper reports p1 - p2; here A is the second sample, so B - A = p1 - p2.
    assertDifference(0.0524, 0.3339, Proportions.difference(48, 80, 56, 70, 0.95));
    assertDifference(0.1705, 0.8090, Proportions.difference(3, 10, 9, 10, 0.95));
    assertDifference(0.0582, 0.8062, Proportions.difference(2, 7, 6, 7, 0.95));
    assertDifference(-0.0381, 0.1926, Proportions.difference(0, 29, 5, 56, 0.95));
    assertDifference(-0.1611, 0.2775, Proportions.difference(0, 20, 0, 10, 0.95));
    assertDifference(-0.2775, 0.2775, Proportions.difference(0, 10, 0, 10, 0.95));
    assertDifference(0.6791, 1.0000, Proportions.difference(0, 20, 10, 10, 0.95));
    assertDifference(0.6075, 1.0000, Proportions.difference(0, 10, 10, 10, 0.95));
  }

  @Test
  void pairedDifferenceMatchesPublishedExample() {
    // Cavo et al. (2012) as analysed by Fagerland, Lydersen and Laake (2017, ch. 8):
    // 59 both, 6 first only, 16 second only, 80 neither; Newcombe square-and-add:
    // -0.0621 (-0.1186 to -0.0046). "First" is B here, so B - A = first - second.
    ComparisonResult r = Proportions.pairedDifference(59, 16, 6, 80, 0.95);
    assertEquals(-0.0621, r.estimate(), ROUNDING);
    assertEquals(-0.1186, r.lower(), ROUNDING);
    assertEquals(-0.0046, r.upper(), ROUNDING);
    // Exact McNemar: two-sided binomial tail of 6 out of 22 discordant pairs.
    double tail = 0;
    for (int k = 0; k <= 6; k++) {
      tail += CombinatoricsUtils.binomialCoefficientDouble(22, k) / Math.pow(2, 22);
    }
    assertEquals(2 * tail, r.pValue(), 1e-12);
  }

  @Test
  void pairedDifferenceFromOutcomeArrays() {
    boolean[] a = {true, true, false, false, true, false};
    boolean[] b = {true, false, true, true, true, false};
    ComparisonResult fromArrays = Proportions.pairedDifference(a, b, 0.95);
    ComparisonResult fromCounts = Proportions.pairedDifference(2, 1, 2, 1, 0.95);
    assertEquals(fromCounts, fromArrays);
    assertEquals(1.0 / 6, fromArrays.estimate(), 1e-12);
  }

  @Test
  void equalProportionsGiveZeroDifferenceAndNoEvidence() {
    ComparisonResult r = Proportions.difference(30, 100, 30, 100, 0.95);
    assertEquals(0, r.estimate(), 0);
    assertTrue(r.lower() < 0 && r.upper() > 0);
    assertEquals(1.0, r.pValue(), 1e-12);
    ComparisonResult paired = Proportions.pairedDifference(20, 0, 0, 80, 0.95);
    assertEquals(0, paired.estimate(), 0);
    assertEquals(1.0, paired.pValue(), 0);
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(5, 4, 0.95));
    assertThrows(IllegalArgumentException.class, () -> Proportions.wilson(0, 0, 0.95));
  }

  private static void assertInterval(double lower, double upper, Estimate e) {
    assertEquals(lower, e.lower(), ROUNDING, "lower of " + e);
    assertEquals(upper, e.upper(), ROUNDING, "upper of " + e);
  }

  private static void assertDifference(double lower, double upper, ComparisonResult r) {
    assertEquals(lower, r.lower(), ROUNDING, "lower of " + r);
    assertEquals(upper, r.upper(), ROUNDING, "upper of " + r);
  }
}
