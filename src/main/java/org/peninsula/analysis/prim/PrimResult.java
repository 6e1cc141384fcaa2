package org.peninsula.analysis.prim;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The peeling-and-pasting trajectory of PRIM. Coverage falls and density (mostly) rises along
 * it; the analyst picks the box that balances the two, e.g. with {@link #densestWithCoverage}.
 */
public record PrimResult(
    List<PrimBox> trajectory, int totalPoints, int totalOfInterest, PrimSettings settings) {

  public PrimResult {
    trajectory = List.copyOf(trajectory);
  }

  public PrimBox box(int step) {
    return trajectory.get(step);
  }

  /** The last box: the end of peeling, improved by pasting where that raised the density. */
  public PrimBox last() {
    return trajectory.get(trajectory.size() - 1);
  }

  /** The densest box that still covers at least {@code minCoverage} of the cases of interest. */
  public Optional<PrimBox> densestWithCoverage(double minCoverage) {
    return trajectory.stream()
        .filter(b -> b.coverage() >= minCoverage)
        .max(Comparator.comparingDouble(PrimBox::density)
            .thenComparingDouble(PrimBox::coverage));
  }

  /** The box with the highest coverage among those at least {@code minDensity} dense. */
  public Optional<PrimBox> widestWithDensity(double minDensity) {
    return trajectory.stream()
        .filter(b -> b.density() >= minDensity)
        .max(Comparator.comparingDouble(PrimBox::coverage)
            .thenComparingDouble(PrimBox::density));
  }
}
