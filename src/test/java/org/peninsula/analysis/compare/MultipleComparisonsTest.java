package org.peninsula.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleComparisonsTest {

  @Test
  void holmMatchesAHandWorkedExample() {
    // Sorted: 0.005 (x4), 0.01 (x3), 0.03 (x2), 0.04 (x1)
    //   0.005 * 4 = 0.02
    //   0.01  * 3 = 0.03 -> max(0.02, 0.03) = 0.03
    //   0.03  * 2 = 0.06 -> 0.06
    //   0.04  * 1 = 0.04 -> max(0.06, 0.04) = 0.06 (monotone step-down)
    double[] adjusted = MultipleComparisons.holm(0.01, 0.04, 0.03, 0.005);
    assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, adjusted, 1e-15);
  }

  @Test
  void holmCapsAtOneAndSkipsMissingPValues() {
    double[] adjusted = MultipleComparisons.holm(0.5, Double.NaN, 0.4, 0.001);
    // m = 3: 0.001 * 3 = 0.003; 0.4 * 2 = 0.8; 0.5 * 1 = 0.5 -> 0.8
    assertArrayEquals(new double[] {0.8, Double.NaN, 0.8, 0.003}, adjusted, 1e-15);
    assertEquals(1.0, MultipleComparisons.holm(0.6, 0.7)[0], 0);
  }

  @Test
  void holmFillsTheAdjustedColumnOfResults() {
    ComparisonResult tested = new ComparisonResult("q", "m", 1, 0, 2, 3, 0.02, Double.NaN, 5, 5);
    ComparisonResult untested =
        new ComparisonResult("r", "m", 1, 0, 2, Double.NaN, Double.NaN, Double.NaN, 5, 5);
    List<ComparisonResult> adjusted =
        MultipleComparisons.holm(List.of(tested, untested, tested));
    assertEquals(0.04, adjusted.get(0).adjustedPValue(), 1e-15);
    assertTrue(Double.isNaN(adjusted.get(1).adjustedPValue()));
    assertEquals(0.04, adjusted.get(2).adjustedPValue(), 1e-15);
    assertEquals(0.02, adjusted.get(0).pValue(), 0);
  }
}
