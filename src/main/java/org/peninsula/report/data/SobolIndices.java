package org.peninsula.report.data;

import java.util.Objects;

/** First-order (S1) and total (ST) Sobol indices of one parameter, each with its interval. */
public record SobolIndices(String parameter, Estimate firstOrder, Estimate total) {

  public SobolIndices {
    Checks.label(parameter, "parameter");
    Objects.requireNonNull(firstOrder, "firstOrder");
    Objects.requireNonNull(total, "total");
  }
}
