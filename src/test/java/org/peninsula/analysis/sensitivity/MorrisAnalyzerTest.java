package org.peninsula.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peninsula.experiment.design.MorrisDesign;
import org.peninsula.experiment.design.Parameter;
import org.peninsula.experiment.design.ParameterSpace;

class MorrisAnalyzerTest {

  private static final int LEVELS = 4;
  private static final int TRAJECTORIES = 1000;

  /**
   * Exact moments of the elementary effect of parameter i on Ishigami, by enumerating the Morris
   * grid independently of the design code. For p = 4 levels (unit grid 0, 1/3, 2/3, 1) and
   * Δ = 2/3, an effect of parameter i is a forward difference from a point whose coordinate i is
   * on {0, 1/3} (the admissible base values) and whose other coordinates are uniform on all four
   * levels: they sit at x*_j or x*_j + Δ with probability 1/2 each, whichever the random
   * direction. Returns {E[EE], E[|EE|], Var[EE], Var[|EE|]}.
   */
  private static double[] exactMoments(int i) {
    double delta = LEVELS / (2.0 * (LEVELS - 1));
    ParameterSpace space = TestFunctions.ishigamiSpace();
    double sum = 0;
    double sumAbs = 0;
    double sumSq = 0;
    int count = 0;
    for (int b = 0; b < LEVELS / 2; b++) {
      for (int g1 = 0; g1 < LEVELS; g1++) {
        for (int g2 = 0; g2 < LEVELS; g2++) {
          int[] others = {g1, g2};
          double[] unit = new double[3];
          int o = 0;
          for (int j = 0; j < 3; j++) {
            unit[j] = j == i ? (double) b / (LEVELS - 1) : (double) others[o++] / (LEVELS - 1);
          }
          double[] moved = unit.clone();
          moved[i] += delta;
          double ee = (TestFunctions.ishigami(space.fromUnit(moved))
              - TestFunctions.ishigami(space.fromUnit(unit))) / delta;
          sum += ee;
          sumAbs += Math.abs(ee);
          sumSq += ee * ee;
          count++;
        }
      }
    }
    double mean = sum / count;
    double meanAbs = sumAbs / count;
    double meanSq = sumSq / count;
    // Clamp rounding noise: x2's effect has a constant magnitude on this grid.
    return new double[] {mean, meanAbs, Math.max(0, meanSq - mean * mean),
        Math.max(0, meanSq - meanAbs * meanAbs)};
  }

  @Test
  void muStarOnIshigamiMatchesTheExactGridExpectation() {
    MorrisDesign design = MorrisDesign.generate(
        "morris", TestFunctions.ishigamiSpace(), TRAJECTORIES, LEVELS, 20240501L);
    MorrisResult result = new MorrisAnalyzer().analyze(design, TestFunctions::ishigami);

    for (int i = 0; i < 3; i++) {
      double[] exact = exactMoments(i);
      MorrisIndices m = result.indices().get(i);
      // Tolerance: four standard errors of a mean of r independent effects (from the exact
      // variance), i.e. a false alarm rate well below 1e-4 for a correct estimator.
      double seAbs = Math.sqrt(exact[3] / TRAJECTORIES);
      double seMean = Math.sqrt(exact[2] / TRAJECTORIES);
      assertEquals(exact[1], m.muStar().value(), 4 * seAbs + 1e-9, "mu* of x" + (i + 1));
      assertEquals(exact[0], m.mu(), 4 * seMean + 1e-9, "mu of x" + (i + 1));
      assertEquals(Math.sqrt(exact[2]), m.sigma(), 0.1 * Math.sqrt(exact[2]) + 1e-9,
          "sigma of x" + (i + 1));
      assertTrue(m.muStar().lower() - 1e-9 <= exact[1] && exact[1] <= m.muStar().upper() + 1e-9,
          "interval of mu* covers the truth, x" + (i + 1));
      assertEquals(TRAJECTORIES, m.effects());
    }
  }

  @Test
  void additiveLinearModelHasExactEffectsAndNoSpread() {
    // y = 2 x1 - 3 x2 on [0, 1] x [0, 10]: per unit-cube step the effects are 2 and -30.
    ParameterSpace space = ParameterSpace.of(new Parameter("x1", 0, 1), new Parameter("x2", 0, 10));
    MorrisDesign design = MorrisDesign.generate("lin", space, 20, 6, 3L);
    MorrisResult result = new MorrisAnalyzer().analyze(design, x -> 2 * x[0] - 3 * x[1]);
    assertEquals(2, result.of("x1").mu(), 1e-9);
    assertEquals(2, result.of("x1").muStar().value(), 1e-9);
    assertEquals(-30, result.of("x2").mu(), 1e-9);
    assertEquals(30, result.of("x2").muStar().value(), 1e-9);
    assertEquals(0, result.of("x2").sigma(), 1e-9);
    assertEquals(List.of("x2", "x1"),
        result.rankedByMuStar().stream().map(MorrisIndices::parameter).toList());
  }
}
