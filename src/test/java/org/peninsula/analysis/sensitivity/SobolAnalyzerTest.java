package org.peninsula.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peninsula.experiment.design.SaltelliDesign;

class SobolAnalyzerTest {

  private static final int N = 8192;

  /** |estimate - truth| <= 0.05 + 10 % of the truth. */
  private static void assertClose(double expected, double actual, String what) {
    double tolerance = 0.05 + 0.10 * Math.abs(expected);
    assertTrue(Math.abs(actual - expected) <= tolerance,
        what + ": expected " + expected + " ± " + tolerance + ", got " + actual);
  }

  @Test
  void ishigamiIndicesMatchTheClosedForm() {
    SaltelliDesign design = SaltelliDesign.generate("ishigami", TestFunctions.ishigamiSpace(), N);
    SobolResult result = new SobolAnalyzer().analyze(design, TestFunctions::ishigami);

    double[] first = {0.3139, 0.4424, 0.0};
    double[] total = {0.5576, 0.4424, 0.2437};
    for (int i = 0; i < 3; i++) {
      SobolIndices s = result.indices().get(i);
      assertClose(first[i], s.firstOrder().value(), "S" + (i + 1));
      assertClose(total[i], s.total().value(), "ST" + (i + 1));
      assertTrue(s.firstOrder().lower() <= s.firstOrder().value()
          && s.firstOrder().value() <= s.firstOrder().upper(), "interval brackets S" + (i + 1));
      assertTrue(s.total().width() < 0.1, "ST interval is informative at N = 8192");
    }
    // Analytic output variance: a^2/8 + b π^4/5 + b^2 π^8/18 + 1/2.
    double a = TestFunctions.ISHIGAMI_A;
    double b = TestFunctions.ISHIGAMI_B;
    double variance = a * a / 8 + b * Math.pow(Math.PI, 4) / 5
        + b * b * Math.pow(Math.PI, 8) / 18 + 0.5;
    assertEquals(variance, result.outputVariance(), 0.05 * variance);
  }

  @Test
  void jansenFirstOrderEstimatorAlsoMatches() {
    SaltelliDesign design = SaltelliDesign.generate("ishigami", TestFunctions.ishigamiSpace(), N);
    SobolResult result = new SobolAnalyzer(
        SobolSettings.defaults().withFirstOrder(FirstOrderEstimator.JANSEN_1999))
        .analyze(design, TestFunctions::ishigami);
    double[] first = {0.3139, 0.4424, 0.0};
    for (int i = 0; i < 3; i++) {
      assertClose(first[i], result.indices().get(i).firstOrder().value(), "Jansen S" + (i + 1));
    }
  }

  @Test
  void gFunctionIndicesMatchTheClosedForm() {
    double[] a = {78, 12, 0.5, 2, 97, 33};
    int k = a.length;
    // Partial variances V_i = 1 / (3 (1 + a_i)^2); V = Π (1 + V_i) - 1.
    double[] partial = new double[k];
    double product = 1;
    for (int i = 0; i < k; i++) {
      partial[i] = 1.0 / (3 * (1 + a[i]) * (1 + a[i]));
      product *= 1 + partial[i];
    }
    double variance = product - 1;

    SaltelliDesign design = SaltelliDesign.generate("g", TestFunctions.unitSpace(k), N);
    SobolResult result = new SobolAnalyzer().analyze(design, x -> TestFunctions.gFunction(x, a));

    for (int i = 0; i < k; i++) {
      double firstOrder = partial[i] / variance;
      double total = partial[i] * (product / (1 + partial[i])) / variance;
      SobolIndices s = result.indices().get(i);
      assertClose(firstOrder, s.firstOrder().value(), "S" + (i + 1));
      assertClose(total, s.total().value(), "ST" + (i + 1));
    }
    // The two influential inputs are ranked first, as the closed form says.
    assertTrue(result.of("x3").total().value() > result.of("x4").total().value());
    assertTrue(result.of("x4").total().value() > result.of("x2").total().value());
  }

  @Test
  void convergenceTableHalvesTheSampleAndEndsWithTheFullResult() {
    SaltelliDesign design = SaltelliDesign.generate("ishigami", TestFunctions.ishigamiSpace(),
        1024);
    SobolResult result = new SobolAnalyzer().analyze(design, TestFunctions::ishigami);
    List<SobolConvergenceRow> rows = result.convergence();
    assertEquals(List.of(128, 256, 512, 1024),
        rows.stream().map(SobolConvergenceRow::baseSamples).toList());
    assertEquals(result.indices(), rows.get(rows.size() - 1).indices());
    // The interval narrows as the sample grows.
    double widthSmall = rows.get(0).indices().get(0).total().width();
    double widthFull = rows.get(3).indices().get(0).total().width();
    assertTrue(widthFull < widthSmall, widthFull + " < " + widthSmall);
  }

  @Test
  void outputsAreFoundByIdNotByOrder() {
    SaltelliDesign design = SaltelliDesign.generate("ishigami", TestFunctions.ishigamiSpace(),
        512);
    Map<String, Double> ordered = design.design().evaluate(TestFunctions::ishigami);
    Map<String, Double> shuffled = new HashMap<>(ordered);
    SobolAnalyzer analyzer = new SobolAnalyzer(SobolSettings.defaults().withBootstrap(100, 7));
    assertEquals(analyzer.analyze(design, ordered), analyzer.analyze(design, shuffled));
  }

  @Test
  void missingOutputsAreReported() {
    SaltelliDesign design = SaltelliDesign.generate("ishigami", TestFunctions.ishigamiSpace(), 16);
    Map<String, Double> outputs = new HashMap<>(design.design().evaluate(TestFunctions::ishigami));
    outputs.remove(design.idAB(2, 5));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SobolAnalyzer().analyze(design, outputs));
    assertTrue(e.getMessage().contains(design.idAB(2, 5)), e.getMessage());
  }

  @Test
  void constantOutputHasUndefinedIndices() {
    SaltelliDesign design = SaltelliDesign.generate("flat", TestFunctions.unitSpace(2), 64);
    SobolResult result = new SobolAnalyzer().analyze(design, x -> 3.0);
    assertTrue(Double.isNaN(result.indices().get(0).firstOrder().value()));
  }
}
