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
  void sobolDesignIsTheSequenceWithoutItsFirstPoint() {
    Design design = SobolDesign.generate("sobol", SPACE, 64);
    assertEquals(64, design.size());
    assertIdsUnique(design);
    assertInsideSpace(design);
    SobolSequenceGenerator sequence = new SobolSequenceGenerator(3);
    double[] origin = sequence.nextVector();
    assertArrayEquals(new double[] {0, 0, 0}, origin, 0);
    for (DesignPoint p : design.points()) {
      assertArrayEquals(SPACE.fromUnit(sequence.nextVector()), p.values(), 1e-12);
    }
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
    SaltelliDesign saltelli = SaltelliDesign.generate("salt", SPACE, n);
    Design design = saltelli.design();
    int k = SPACE.dimension();
    assertEquals(n * (k + 2), design.size());
    assertIdsUnique(design);
    assertInsideSpace(design);
    SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * k);
    sequence.nextVector();
    for (int j = 0; j < n; j++) {
      double[] a = design.point(saltelli.idA(j)).values();
      double[] b = design.point(saltelli.idB(j)).values();
      double[] both = sequence.nextVector();
      for (int i = 0; i < k; i++) {
        assertEquals(SPACE.get(i).fromUnit(both[i]), a[i], 1e-12);
        assertEquals(SPACE.get(i).fromUnit(both[k + i]), b[i], 1e-12);
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
    SaltelliDesign large = SaltelliDesign.generate("salt", SPACE, 64);
    SaltelliDesign small = SaltelliDesign.generate("salt", SPACE, 16);
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
    assertEquals("salt-AB2-7", SaltelliDesign.generate("salt", SPACE, 8).idAB(2, 7));
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
        () -> SobolDesign.generate("bad name", SPACE, 4));
    assertThrows(IllegalArgumentException.class,
        () -> FullFactorialDesign.generate("f", SPACE, 200));
  }
}
