package org.peninsula.analysis.sensitivity;

import org.peninsula.experiment.design.Parameter;
import org.peninsula.experiment.design.ParameterSpace;

/** Closed-form benchmark functions of the sensitivity-analysis literature. */
final class TestFunctions {

  static final double ISHIGAMI_A = 7;
  static final double ISHIGAMI_B = 0.1;

  private TestFunctions() {}

  /** Ishigami and Homma (1990): sin x1 + a sin^2 x2 + b x3^4 sin x1 on [-π, π]^3. */
  static double ishigami(double[] x) {
    return Math.sin(x[0]) + ISHIGAMI_A * Math.pow(Math.sin(x[1]), 2)
        + ISHIGAMI_B * Math.pow(x[2], 4) * Math.sin(x[0]);
  }

  static ParameterSpace ishigamiSpace() {
    return ParameterSpace.of(
        new Parameter("x1", -Math.PI, Math.PI),
        new Parameter("x2", -Math.PI, Math.PI),
        new Parameter("x3", -Math.PI, Math.PI));
  }

  /** Sobol' G function: Π (|4 x_i - 2| + a_i) / (1 + a_i) on [0, 1]^k. */
  static double gFunction(double[] x, double[] a) {
    double product = 1;
    for (int i = 0; i < a.length; i++) {
      product *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
    }
    return product;
  }

  static ParameterSpace unitSpace(int k) {
    Parameter[] parameters = new Parameter[k];
    for (int i = 0; i < k; i++) {
      parameters[i] = new Parameter("x" + (i + 1), 0, 1);
    }
    return ParameterSpace.of(parameters);
  }
}
