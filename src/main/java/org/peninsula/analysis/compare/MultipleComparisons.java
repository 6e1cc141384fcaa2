package org.peninsula.analysis.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Holm's (1979) step-down adjustment, which controls the family-wise error rate under any
 * dependence between the tests. With the m p-values sorted ascending, p_(1) ≤ ... ≤ p_(m), the
 * adjusted values are p~_(i) = max over j ≤ i of min(1, (m - j + 1) p_(j)); a hypothesis is
 * rejected at level α when its adjusted p-value is ≤ α.
 */
public final class MultipleComparisons {

  private MultipleComparisons() {}

  /** Holm-adjusted p-values, in the order given. NaN entries stay NaN and do not count in m. */
  public static double[] holm(double... pValues) {
    int[] tested = IntStream.range(0, pValues.length)
        .filter(i -> !Double.isNaN(pValues[i]))
        .boxed()
        .sorted(Comparator.comparingDouble(i -> pValues[i]))
        .mapToInt(Integer::intValue)
        .toArray();
    double[] adjusted = new double[pValues.length];
    Arrays.fill(adjusted, Double.NaN);
    int m = tested.length;
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      double p = pValues[tested[rank]];
      if (p < 0 || p > 1) {
        throw new IllegalArgumentException("not a p-value: " + p);
      }
      running = Math.max(running, Math.min(1, (m - rank) * p));
      adjusted[tested[rank]] = running;
    }
    return adjusted;
  }

  /**
   * The family with {@link ComparisonResult#adjustedPValue()} filled in; results without a test
   * are passed through.
   */
  public static List<ComparisonResult> holm(List<ComparisonResult> family) {
    double[] adjusted = holm(family.stream().mapToDouble(ComparisonResult::pValue).toArray());
    List<ComparisonResult> out = new ArrayList<>(family.size());
    for (int i = 0; i < family.size(); i++) {
      out.add(family.get(i).withAdjustedPValue(adjusted[i]));
    }
    return out;
  }
}
