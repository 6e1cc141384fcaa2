package org.peninsula.report.data;

import java.util.List;

/**
 * The category probabilities of one scenario or run set, e.g. "baseline". Two of them side by side
 * make a comparison chart; categories are matched by name.
 */
public record ProbabilitySeries(String label, List<CategoryProbability> categories) {

  public ProbabilitySeries {
    Checks.label(label, "label");
    categories = Checks.nonEmptyCopy(categories, "categories");
  }
}
