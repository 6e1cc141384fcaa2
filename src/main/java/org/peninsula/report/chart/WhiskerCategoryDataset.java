package org.peninsula.report.chart;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jfree.data.category.DefaultCategoryDataset;
import org.peninsula.analysis.stats.Estimate;

/**
 * Bar heights plus an interval per bar. JFreeChart's own statistical dataset stores mean and
 * standard deviation, i.e. symmetric error bars; probability and index intervals are asymmetric.
 */
final class WhiskerCategoryDataset extends DefaultCategoryDataset {

  private static final long serialVersionUID = 1L;

  private final Map<Key, Estimate> estimates = new HashMap<>();

  private record Key(Comparable<?> row, Comparable<?> column) {}

  void add(Estimate estimate, Comparable<?> row, Comparable<?> column) {
    Objects.requireNonNull(estimate, "estimate");
    addValue(estimate.value(), row, column);
    estimates.put(new Key(row, column), estimate);
  }

  /** The interval of a bar, or null if the bar has none. */
  Estimate estimate(int row, int column) {
    return estimates.get(new Key(getRowKey(row), getColumnKey(column)));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WhiskerCategoryDataset that && super.equals(that)
        && estimates.equals(that.estimates);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + estimates.hashCode();
  }
}
