package org.peninsula.report.data;

import org.peninsula.analysis.stats.Estimate;

import java.util.Objects;

/** The estimated probability of one category of outcome (e.g. one kind of future) with its interval. */
public record CategoryProbability(String category, Estimate probability) {

  public CategoryProbability {
    Checks.label(category, "category");
    Objects.requireNonNull(probability, "probability");
    if (probability.lower() < 0 || probability.upper() > 1) {
      throw new IllegalArgumentException("probability interval of " + category
          + " must lie in [0, 1], was " + probability);
    }
  }

  public static CategoryProbability of(String category, double p, double lower, double upper) {
    return new CategoryProbability(category, Estimate.of(p, lower, upper));
  }
}
