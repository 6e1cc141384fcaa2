package org.peninsula.report.chart;

import java.util.List;
import java.util.Objects;
import org.jfree.chart.axis.NumberAxis;
import org.peninsula.report.data.CategoryProbability;
import org.peninsula.report.data.ProbabilitySeries;

/**
 * Bars of category probabilities (e.g. the share of runs ending in each kind of future) with 95%
 * interval whiskers; with two series, A and B stand side by side per category.
 */
public final class ProbabilityBarChart {

  private ProbabilityBarChart() {}

  /** The futures of one run set. */
  public static Chart of(String title, String categoryAxisLabel, ProbabilitySeries series) {
    return of(title, categoryAxisLabel, List.of(series));
  }

  /** A versus B: grouped bars, A first, categories matched by name. */
  public static Chart compare(String title, String categoryAxisLabel, ProbabilitySeries a,
      ProbabilitySeries b) {
    return of(title, categoryAxisLabel, List.of(a, b));
  }

  /**
   * Any number of series (more than four gets hard to read). Categories appear in the order they
   * are first met; a category missing from a series simply has no bar there.
   */
  public static Chart of(String title, String categoryAxisLabel, List<ProbabilitySeries> series) {
    Objects.requireNonNull(title, "title");
    if (series.isEmpty()) {
      throw new IllegalArgumentException("need at least one series");
    }
    WhiskerCategoryDataset data = new WhiskerCategoryDataset();
    for (ProbabilitySeries s : series) {
      if (data.getRowIndex(s.label()) >= 0) {
        throw new IllegalArgumentException("duplicate series label " + s.label());
      }
      for (CategoryProbability c : s.categories()) {
        data.add(c.probability(), s.label(), c.category());
      }
    }
    NumberAxis probability = ChartStyle.percentAxis(ChartStyle.PROBABILITY_AXIS);
    // Headroom so a whisker near 100 % does not touch the frame.
    probability.setRange(0.0, 1.04);
    return Chart.titled(WhiskerBars.chart(title, categoryAxisLabel, probability, data,
        "Bars: estimated probability \u00b7 whiskers: 95% interval"),
        Chart.DEFAULT_WIDTH, Chart.DEFAULT_HEIGHT);
  }
}
