package org.peninsula.analysis.sensitivity;

import java.util.List;

/**
 * Sobol indices of every parameter at the full base sample size, the output variance they are
 * fractions of, and the convergence table (smallest size first, the last row equal to the main
 * result).
 */
public record SobolResult(
    int baseSamples,
    double outputVariance,
    List<SobolIndices> indices,
    List<SobolConvergenceRow> convergence,
    String method) {

  public SobolResult {
    indices = List.copyOf(indices);
    convergence = List.copyOf(convergence);
  }

  public SobolIndices of(String parameter) {
    return indices.stream()
        .filter(s -> s.parameter().equals(parameter))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no parameter " + parameter));
  }
}
