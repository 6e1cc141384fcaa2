package org.peninsula.analysis.sensitivity;

import java.util.List;

/** The indices recomputed from the first {@code baseSamples} rows of A, B and A_B^(i). */
public record SobolConvergenceRow(int baseSamples, List<SobolIndices> indices) {

  public SobolConvergenceRow {
    indices = List.copyOf(indices);
  }
}
