package org.peninsula.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;

/** Shared assembly of the bar-with-whisker charts (probabilities, Sobol indices). */
final class WhiskerBars {

  private WhiskerBars() {}

  static JFreeChart chart(String title, String categoryLabel, NumberAxis valueAxis,
      WhiskerCategoryDataset data, String explanation) {
    CategoryAxis categories = new CategoryAxis(categoryLabel);
    categories.setCategoryMargin(0.25);
    // Let a long name use some of the gap between groups rather than break mid-word.
    categories.setMaximumCategoryLabelWidthRatio(1.2f);
    categories.setLowerMargin(0.04);
    categories.setUpperMargin(0.04);
    if (data.getColumnCount() > 8) {
      // Many long names do not fit side by side; slanted labels stay readable.
      categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    WhiskerBarRenderer renderer = new WhiskerBarRenderer();
    for (int row = 0; row < data.getRowCount(); row++) {
      renderer.setSeriesPaint(row, Palette.color(row));
      renderer.setSeriesOutlinePaint(row, Palette.INK);
    }
    CategoryPlot plot = new CategoryPlot(data, categories, valueAxis, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    JFreeChart chart = ChartStyle.chart(title, plot, data.getRowCount() > 1);
    ChartStyle.explain(chart, explanation);
    return chart;
  }
}
