package org.peninsula.analysis.prim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.peninsula.experiment.design.Design;
import org.peninsula.experiment.design.LatinHypercubeDesign;
import org.peninsula.experiment.design.Parameter;
import org.peninsula.experiment.design.ParameterSpace;

class PrimTest {

  private static final List<String> NAMES = List.of("x1", "x2", "x3", "x4");

  /**
   * 2000 uniform points in [0, 1]^4; the outcome is of interest with probability 0.9 inside the
   * planted box x1 > 0.7 and x2 < 0.3 (true mass 0.09) and 0.03 outside it.
   */
  private static PrimData plantedBox(long seed) {
    RandomGenerator rng = new MersenneTwister(seed);
    int n = 2000;
    double[][] rows = new double[n][4];
    boolean[] interest = new boolean[n];
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < 4; j++) {
        rows[r][j] = rng.nextDouble();
      }
      boolean inBox = rows[r][0] > 0.7 && rows[r][1] < 0.3;
      interest[r] = rng.nextDouble() < (inBox ? 0.9 : 0.03);
    }
    return new PrimData(NAMES, rows, interest);
  }

  @Test
  void findsThePlantedBox() {
    PrimData data = plantedBox(42L);
    PrimResult result = new Prim().find(data);

    PrimBox chosen = result.densestWithCoverage(0.6).orElseThrow();
    assertTrue(chosen.density() >= 0.8, "density " + chosen.density());
    assertTrue(chosen.coverage() >= 0.6, "coverage " + chosen.coverage());
    assertEquals(0.7, chosen.limit("x1").lower(), 0.05);
    assertEquals(0.3, chosen.limit("x2").upper(), 0.05);
    assertTrue(chosen.limit("x1").restricted() && chosen.limit("x2").restricted());
    // The irrelevant parameters are left (nearly) alone.
    for (String irrelevant : List.of("x3", "x4")) {
      BoxLimit l = chosen.limit(irrelevant);
      assertTrue(l.upper() - l.lower() > 0.85, irrelevant + " limited to " + l);
    }
  }

  @Test
  void restrictionsOnThePlantedParametersAreSignificant() {
    PrimData data = plantedBox(42L);
    Prim prim = new Prim();
    PrimBox chosen = prim.find(data).densestWithCoverage(0.6).orElseThrow();
    Map<String, Double> p = prim.restrictionPValues(data, chosen);
    assertTrue(p.get("x1") < 1e-10, "x1: " + p);
    assertTrue(p.get("x2") < 1e-10, "x2: " + p);
    for (String other : List.of("x3", "x4")) {
      if (p.containsKey(other)) {
        assertTrue(p.get(other) > 0.01, other + " restriction looks real: " + p);
      }
    }
  }

  @Test
  void plantedRestrictionsAreStableAndSignificantOnTheHeldOutHalf() {
    PrimData data = plantedBox(42L);
    Prim prim = new Prim();
    PrimResult result = prim.find(data);
    PrimBox chosen = result.densestWithCoverage(0.6).orElseThrow();
    PrimValidation v = PrimValidation.of(prim, data, result, chosen, 0.6, 50, 7L);
    // the planted restrictions reappear in most bootstrap boxes (x1 in 88 %, x2 in all)
    assertTrue(v.stability().get("x1") >= 0.8, v.stability().toString());
    assertTrue(v.stability().get("x2") >= 0.9, v.stability().toString());
    // and hold on the half that played no part in finding them
    assertTrue(v.heldOutQuasiP().get("x1") < 1e-6, v.heldOutQuasiP().toString());
    assertTrue(v.heldOutQuasiP().get("x2") < 1e-6, v.heldOutQuasiP().toString());
    assertTrue(v.heldOutDensity() > 0.7, "held-out density " + v.heldOutDensity());
    assertEquals(1000, v.heldOutRows());
    assertEquals(v, PrimValidation.of(prim, data, result, chosen, 0.6, 50, 7L));
  }

  @Test
  void noiseOnlyBoxesAreUnstableAndDoNotHoldOut() {
    RandomGenerator rng = new MersenneTwister(3L);
    int n = 400;
    double[][] rows = new double[n][4];
    boolean[] interest = new boolean[n];
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < 4; j++) {
        rows[r][j] = rng.nextDouble();
      }
      interest[r] = rng.nextDouble() < 0.3;
    }
    PrimData data = new PrimData(NAMES, rows, interest);
    Prim prim = new Prim();
    PrimResult result = prim.find(data);
    PrimBox chosen = result.densestWithCoverage(0.5).orElseThrow();
    PrimValidation v = PrimValidation.of(prim, data, result, chosen, 0.5, 50, 7L);
    for (BoxLimit l : chosen.restrictedLimits()) {
      assertTrue(v.stability().get(l.parameter()) < 0.8, l + " " + v.stability());
    }
    for (double p : v.heldOutQuasiP().values()) {
      assertTrue(p > 0.001, v.heldOutQuasiP().toString());
    }
  }

  @Test
  void trajectoryStartsWithAllDataAndGainsDensityWhilePeeling() {
    PrimData data = plantedBox(7L);
    PrimResult result = new Prim().find(data);
    PrimBox start = result.box(0);
    assertEquals(PrimBox.Phase.START, start.phase());
    assertEquals(1.0, start.coverage(), 0);
    assertEquals(1.0, start.mass(), 0);
    assertTrue(start.restrictedLimits().isEmpty());

    double previousDensity = start.density();
    double previousMass = start.mass();
    for (PrimBox box : result.trajectory().subList(1, result.trajectory().size())) {
      if (box.phase() == PrimBox.Phase.PEEL) {
        assertTrue(box.density() > previousDensity, "each peel raises density");
        assertTrue(box.mass() < previousMass, "each peel removes points");
      } else {
        assertEquals(PrimBox.Phase.PASTE, box.phase());
        assertTrue(box.density() > previousDensity, "each paste raises density");
      }
      assertTrue(box.mass() >= PrimSettings.defaults().minMass());
      previousDensity = box.density();
      previousMass = box.mass();
      assertEquals(box.points(), countInside(data, box), "limits describe the box's points");
    }
  }

  private static int countInside(PrimData data, PrimBox box) {
    int n = 0;
    for (int r = 0; r < data.size(); r++) {
      if (box.contains(data.row(r))) {
        n++;
      }
    }
    return n;
  }

  @Test
  void lenientObjectiveAlsoFindsTheBox() {
    PrimResult result = new Prim(
        new PrimSettings(0.05, 0.05, 0.05, PeelObjective.LENIENT1)).find(plantedBox(42L));
    PrimBox chosen = result.densestWithCoverage(0.6).orElseThrow();
    assertTrue(chosen.density() >= 0.8, "density " + chosen.density());
    assertEquals(0.7, chosen.limit("x1").lower(), 0.05);
    assertEquals(0.3, chosen.limit("x2").upper(), 0.05);
  }

  @Test
  void pastingAChosenBoxNeverLowersItsDensity() {
    PrimData data = plantedBox(3L);
    Prim prim = new Prim();
    PrimResult result = prim.find(data);
    PrimBox early = result.box(Math.min(10, result.trajectory().size() - 1));
    PrimBox pasted = prim.paste(data, early);
    assertTrue(pasted.density() >= early.density());
    assertTrue(pasted.points() >= early.points());
  }

  @Test
  void discreteParameterIsPeeledOneValueAtATime() {
    // x1 takes values 0..4; only value 4 is of interest.
    int n = 500;
    double[][] rows = new double[n][1];
    boolean[] interest = new boolean[n];
    for (int r = 0; r < n; r++) {
      rows[r][0] = r % 5;
      interest[r] = r % 5 == 4;
    }
    PrimResult result = new Prim().find(new PrimData(List.of("x1"), rows, interest));
    PrimBox last = result.last();
    assertEquals(1.0, last.density(), 0);
    assertEquals(1.0, last.coverage(), 0);
    assertEquals(3.5, last.limit("x1").lower(), 1e-12);
  }

  @Test
  void buildsItsTableFromADesignAndThresholdedOutputs() {
    ParameterSpace space = ParameterSpace.of(new Parameter("a", 0, 10), new Parameter("b", 0, 1));
    Design design = LatinHypercubeDesign.generate("lhs", space, 400, 5L);
    PrimData data = PrimData.fromDesign(design, design.evaluate(x -> x[0]), y -> y > 8);
    assertEquals(List.of("a", "b"), data.parameters());
    PrimBox box = new Prim().find(data).last();
    assertEquals(8.0, box.limit("a").lower(), 0.1);
    assertFalse(box.limit("b").restricted());
  }
}
