package org.peninsula.experiment.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class DesignGeneratorsTest {

  private static final ParameterSpace SPACE = ParameterSpace.of(
      new Parameter("tension", 0, 1),
      new Parameter("actors.dprk.riskTolerance", -2, 6),
      new Parameter("sanctions.strength", 10, 20));

  private static void assertIdsUnique(Design design) {
    Set<String> ids = new HashSet<>();
    for (DesignPoint p : design.points()) {
      assertTrue(ids.add(p.id()), "duplicate id " + p.id());
    }
  }

  private static void assertInsideSpace(Design design) {
    for (DesignPoint p : design.points()) {
      for (int i = 0; i < SPACE.dimension(); i++) {
        Parameter par = SPACE.get(i);
        assertTrue(p.value(i) >= par.lower() && p.value(i) <= par.upper(), p.toString());
      }
    }
  }

  @Test
  void fullFactorialHasTheProductOfLevelsAndEveryCombination() {
    Design design = FullFactorialDesign.generate("ff", SPACE, 3, 2, 4);
    assertEquals(3 * 2 * 4, design.size());
    assertIdsUnique(design);
    Set<List<Double>> combinations = new HashSet<>();
    for (DesignPoint p : design.points()) {
      combinations.add(List.of(p.value(0), p.value(1), p.value(2)));
    }
    assertEquals(24, combinations.size());
    assertArrayEquals(new double[] {0, -2, 10}, design.points().get(0).values(), 0);
    assertArrayEquals(new double[] {1, 6, 20}, design.points().get(23).values(), 1e-12);
    assertArrayEquals(new double[] {0.5, -2, 10 + 10.0 / 3},
        design.point("ff-9").values(), 1e-12);
  }

  @Test
  void fullFactorialWithOneLevelUsesTheMidpoint() {
    Design design = FullFactorialDesign.generate("mid", SPACE, 1, 1, 2);
    assertEquals(2, design.size());
    assertEquals(0.5, design.points().get(0).value(0), 0);
    assertEquals(2, design.points().get(0).value(1), 0);
  }

  @Test
  void latinHypercubeHasOnePointPerStratumInEveryDimension() {
    int n = 50;
    Design design = LatinHypercubeDesign.generate("lhs", SPACE, n, 11L);
    assertEquals(n, design.size());
    assertIdsUnique(design);
    assertInsideSpace(design);
    for (int i = 0; i < SPACE.dimension(); i++) {
      boolean[] seen = new boolean[n];
      for (DesignPoint p : design.points()) {
        int stratum = (int) Math.floor(SPACE.get(i).toUnit(p.value(i)) * n);
        assertTrue(!seen[stratum], "stratum " + stratum + " of " + SPACE.get(i).name()
            + " holds two points");
        seen[stratum] = true;
      }
    }
  }

  @Test
  void latinHypercubeIsReproducibleForASeedAndChangesWithIt() {
    Design first = LatinHypercubeDesign.generate("lhs", SPACE, 20, 11L);
    Design again = LatinHypercubeDesign.generate("lhs", SPACE, 20, 11L);
    Design other = LatinHypercubeDesign.generate("lhs", SPACE, 20, 12L);
    assertEquals(first.points(), again.points());
    assertNotEquals(first.points(), other.points());
  }

  @Test
  void scrambledSobolKeepsTheNetAndIsSeeded() {
    int n = 64;
    Design design = SobolDesign.generate("sobol", SPACE, n, 3L);
    assertEquals(n, design.size());
    assertIdsUnique(design);
    assertInsideSpace(design);
    double[][] unit = design.points().stream().map(p -> SPACE.toUnit(p.values()))
        .toArray(double[][]::new);
    // one point per stratum of width 1/64 in every dimension: a Latin hypercube
    for (int i = 0; i < SPACE.dimension(); i++) {
      boolean[] seen = new boolean[n];
      for (double[] u : unit) {
        int stratum = (int) Math.floor(u[i] * n);
        assertTrue(!seen[stratum], "dimension " + i + " stratum " + stratum);
        seen[stratum] = true;
      }
    }
    // the first two dimensions stay a (0, 6, 2)-net: one point in each 1/8 x 1/8 box
    boolean[][] box = new boolean[8][8];
    for (double[] u : unit) {
      int x = (int) Math.floor(u[0] * 8);
      int y = (int) Math.floor(u[1] * 8);
      assertTrue(!box[x][y], "box " + x + "," + y + " holds two points");
      box[x][y] = true;
    }
    // the scrambling changes the points (the raw first point is the origin) and follows the seed
    SobolSequenceGenerator raw = new SobolSequenceGenerator(3);
    assertArrayEquals(new double[] {0, 0, 0}, raw.nextVector(), 0);
    assertTrue(unit[0][0] > 0 && unit[0][1] > 0 && unit[0][2] > 0);
    assertEquals(design.points(), SobolDesign.generate("sobol", SPACE, n, 3L).points());
    assertNotEquals(design.points(), SobolDesign.generate("sobol", SPACE, n, 4L).points());
  }

  @Test
  void scrambledPointsAreUniformOnAverage() {
    // Owen scrambling makes every point uniform: the mean of a coordinate over independent
    // scramblings of point 5 is 1/2 within 4 standard errors (1/sqrt(12 * 2000))
    double sum = 0;
    int reps = 2000;
    for (int s = 0; s < reps; s++) {
      ScrambledSobol sobol = new ScrambledSobol(2, s);
      double[] x = null;
      for (int j = 0; j <= 5; j++) {
        x = sobol.next();
      }
      sum += x[1];
    }
    assertEquals(0.5, sum / reps, 4 / Math.sqrt(12.0 * reps));
  }

  @Test
  void latinHypercubeOfAPowerOfTwoIsScrambledSobol() {
    Design design = LatinHypercubeDesign.generate("lhs", SPACE, 32, 11L);
    assertEquals(SobolDesign.generate("lhs", SPACE, 32, 11L).points(), design.points());
  }

  @Test
  void morrisTrajectoriesMoveOneParameterAtATimeByDelta() {
    int levels = 4;
    MorrisDesign morris = MorrisDesign.generate("morris", SPACE, 30, levels, 5L);
    Design design = morris.design();
    assertEquals(30 * (SPACE.dimension() + 1), design.size());
    assertIdsUnique(design);
    assertInsideSpace(design);
    assertEquals(2.0 / 3.0, morris.delta(), 1e-15);
    for (MorrisTrajectory trajectory : morris.trajectories()) {
      assertEquals(SPACE.dimension() + 1, trajectory.pointIds().size());
      Set<Integer> moved = new HashSet<>();
      for (MorrisStep step : trajectory.steps()) {
        double[] from = SPACE.toUnit(design.point(step.fromId()).values());
        double[] to = SPACE.toUnit(design.point(step.toId()).values());
        for (int i = 0; i < from.length; i++) {
          double change = to[i] - from[i];
          if (i == step.parameter()) {
            assertEquals(step.unitDelta(), change, 1e-12);
            assertEquals(morris.delta(), Math.abs(change), 1e-12);
          } else {
            assertEquals(0, change, 1e-12);
          }
        }
        for (double u : from) {
          double grid = u * (levels - 1);
          assertEquals(Math.rint(grid), grid, 1e-9, "coordinates stay on the p-level grid");
        }
        moved.add(step.parameter());
      }
      assertEquals(SPACE.dimension(), moved.size(), "each parameter moves exactly once");
    }
  }

  @Test
  void morrisRejectsAnOddNumberOfLevels() {
    assertThrows(IllegalArgumentException.class,
        () -> MorrisDesign.generate("m", SPACE, 10, 5, 1L));
  }

  @Test
  void saltelliMatricesABiAreAWithColumnIFromB() {
    int n = 32;
    SaltelliDesign saltelli = SaltelliDesign.generate("salt", SPACE, n, 7L);
    Design design = saltelli.design();
    int k = SPACE.dimension();
    assertEquals(n * (k + 2), design.size());
    assertIdsUnique(design);
    assertInsideSpace(design);
    ScrambledSobol sequence = new ScrambledSobol(2 * k, 7L);
    for (int j = 0; j < n; j++) {
      double[] a = design.point(saltelli.idA(j)).values();
      double[] b = design.point(saltelli.idB(j)).values();
      double[] both = sequence.next();
      for (int i = 0; i < k; i++) {
        assertEquals(SPACE.get(i).fromUnit(both[i]), a[i], 1e-12);
        assertEquals(SPACE.get(i).fromUnit(both[k + i]), b[i], 1e-12);
        // unscrambled, A and B shared coordinates in early rows (row 0 was the centre point)
        assertNotEquals(a[i], b[i], "row " + j + " parameter " + i);
      }
      for (int i = 0; i < k; i++) {
        double[] ab = design.point(saltelli.idAB(i, j)).values();
        for (int c = 0; c < k; c++) {
          assertEquals(c == i ? b[c] : a[c], ab[c], 0, "A_B^(" + i + ") row " + j);
        }
      }
    }
  }

  @Test
  void saltelliPrefixIsTheSmallerDesign() {
    SaltelliDesign large = SaltelliDesign.generate("salt", SPACE, 64, 2L);
    SaltelliDesign small = SaltelliDesign.generate("salt", SPACE, 16, 2L);
    assertEquals(small.design().points(),
        large.design().points().subList(0, small.design().size()));
  }

  @Test
  void idsAreStableAcrossRegeneration() {
    assertEquals(
        MorrisDesign.generate("m", SPACE, 5, 4, 9L).design().points(),
        MorrisDesign.generate("m", SPACE, 5, 4, 9L).design().points());
    assertEquals(
        FullFactorialDesign.generate("f", SPACE, 2).points(),
        FullFactorialDesign.generate("f", SPACE, 2).points());
    assertEquals("salt-AB2-7", SaltelliDesign.generate("salt", SPACE, 8, 1L).idAB(2, 7));
    assertEquals("m-t3-0", MorrisDesign.generate("m", SPACE, 5, 4, 9L).trajectories().get(3)
        .pointIds().get(0));
  }

  @Test
  void namedValuesFollowTheSpaceOrder() {
    Design design = FullFactorialDesign.generate("f", SPACE, 2);
    assertEquals(List.of("tension", "actors.dprk.riskTolerance", "sanctions.strength"),
        List.copyOf(design.namedValues(design.points().get(1)).keySet()));
    assertEquals(20.0, design.namedValues(design.points().get(1)).get("sanctions.strength"));
  }

  @Test
  void invalidInputsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Parameter("x", 1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> ParameterSpace.of(new Parameter("x", 0, 1), new Parameter("x", 0, 2)));
    assertThrows(IllegalArgumentException.class,
        () -> SobolDesign.generate("bad name", SPACE, 4, 1L));
    assertThrows(IllegalArgumentException.class,
        () -> FullFactorialDesign.generate("f", SPACE, 200));
  }
}
