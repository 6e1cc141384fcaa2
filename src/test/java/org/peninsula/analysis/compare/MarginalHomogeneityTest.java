package org.peninsula.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

class MarginalHomogeneityTest {

  @Test
  void threeByThreeMatchesAnIndependentComputation() {
    long[][] t = {{20, 5, 3}, {10, 30, 4}, {2, 8, 18}};
    ComparisonResult r = MarginalHomogeneity.stuartMaxwell(t);
    // numpy: d @ pinv(V) @ d and scipy.stats.chi2.sf(x2, 2)
    assertEquals(1.0539682539682542, r.statistic(), 1e-12);
    assertEquals(0.5903828070417574, r.pValue(), 1e-12);
    assertTrue(r.method().contains("df = 2"), r.method());
  }

  @Test
  void twoByTwoIsMcNemarsChiSquare() {
    long[][] t = {{40, 12}, {3, 45}};
    ComparisonResult r = MarginalHomogeneity.stuartMaxwell(t);
    double x2 = (12.0 - 3) * (12 - 3) / (12 + 3);
    assertEquals(x2, r.statistic(), 1e-12);
    assertEquals(1 - new ChiSquaredDistribution(1).cumulativeProbability(x2), r.pValue(),
        1e-12);
  }

  @Test
  void categoriesWithoutDiscordantPairsAndNoDiscordanceAtAll() {
    // the third category is never discordant: same statistic as the 2 x 2 table
    long[][] t = {{40, 12, 0}, {3, 45, 0}, {0, 0, 7}};
    assertEquals(81.0 / 15, MarginalHomogeneity.stuartMaxwell(t).statistic(), 1e-12);
    ComparisonResult none = MarginalHomogeneity.stuartMaxwell(new long[][] {{5, 0}, {0, 5}});
    assertEquals(1.0, none.pValue());
    assertEquals(0.0, none.statistic());
  }
}
