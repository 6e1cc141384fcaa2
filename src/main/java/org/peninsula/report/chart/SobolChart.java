package org.peninsula.report.chart;

import java.util.List;
import java.util.Objects;
import org.jfree.chart.axis.NumberAxis;
import org.peninsula.analysis.sensitivity.SobolIndices;

/**
 * First-order (S1) and total (ST) Sobol indices per parameter as grouped bars with interval
 * whiskers. The gap between ST and S1 is the share of variance due to interactions.
 */
public final class SobolChart {

  static final String FIRST_ORDER = "First-order index S1";
  static final String TOTAL = "Total index ST";

  private SobolChart() {}

  /** Parameters in the given order; sort them by ST beforehand for a ranking view. */
  public static Chart of(String title, List<SobolIndices> indices) {
    Objects.requireNonNull(title, "title");
    if (indices.isEmpty()) {
      throw new IllegalArgumentException("need at least one parameter");
    }
    WhiskerCategoryDataset data = new WhiskerCategoryDataset();
    for (SobolIndices s : indices) {
      if (data.getColumnIndex(s.parameter()) >= 0) {
        throw new IllegalArgumentException("duplicate parameter " + s.parameter());
      }
      data.add(s.firstOrder(), FIRST_ORDER, s.parameter());
      data.add(s.total(), TOTAL, s.parameter());
    }
    NumberAxis axis = ChartStyle.valueAxis("Sobol index (share of output variance)");
    // Indices live in [0, 1]; sampling noise can push estimates a little below 0, so include 0.
    axis.setAutoRangeIncludesZero(true);
    axis.setUpperMargin(0.08);
    return Chart.titled(WhiskerBars.chart(title, "Parameter", axis, data,
        "Whiskers: 95% interval \u00b7 ST \u2212 S1 = share due to interactions"),
        Chart.DEFAULT_WIDTH, Chart.DEFAULT_HEIGHT);
  }
}
