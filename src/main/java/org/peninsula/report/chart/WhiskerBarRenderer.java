package org.peninsula.report.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.peninsula.analysis.stats.Estimate;

/**
 * Vertical bars with an interval whisker (line with caps) on each bar, drawn after the bar so the
 * whisker stays visible inside it. The axis range covers the whiskers, not just the bars.
 */
final class WhiskerBarRenderer extends BarRenderer {

  private static final long serialVersionUID = 1L;
  private static final BasicStroke WHISKER = new BasicStroke(2f);

  WhiskerBarRenderer() {
    setBarPainter(new HatchedBarPainter());
    setShadowVisible(false);
    setDrawBarOutline(true);
    setItemMargin(0.06);
    setMaximumBarWidth(0.22);
  }

  @Override
  public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
      CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
      int row, int column, int pass) {
    super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    if (!(dataset instanceof WhiskerCategoryDataset whiskers)
        || dataset.getValue(row, column) == null || state.getVisibleSeriesIndex(row) < 0) {
      return;
    }
    Estimate e = whiskers.estimate(row, column);
    if (e == null || !e.hasInterval()) {
      return;
    }
    double w0 = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row,
        column);
    double x = w0 + state.getBarWidth() / 2.0;
    RectangleEdge edge = plot.getRangeAxisEdge();
    double yLow = rangeAxis.valueToJava2D(e.lower(), dataArea, edge);
    double yHigh = rangeAxis.valueToJava2D(e.upper(), dataArea, edge);
    double cap = Math.max(4, state.getBarWidth() * 0.22);
    g2.setPaint(Palette.INK);
    g2.setStroke(WHISKER);
    g2.draw(new Line2D.Double(x, yLow, x, yHigh));
    g2.draw(new Line2D.Double(x - cap, yLow, x + cap, yLow));
    g2.draw(new Line2D.Double(x - cap, yHigh, x + cap, yHigh));
  }

  @Override
  public Range findRangeBounds(CategoryDataset dataset) {
    Range bars = super.findRangeBounds(dataset);
    if (!(dataset instanceof WhiskerCategoryDataset whiskers)) {
      return bars;
    }
    double lo = bars == null ? Double.POSITIVE_INFINITY : bars.getLowerBound();
    double hi = bars == null ? Double.NEGATIVE_INFINITY : bars.getUpperBound();
    for (int r = 0; r < dataset.getRowCount(); r++) {
      for (int c = 0; c < dataset.getColumnCount(); c++) {
        Estimate e = whiskers.estimate(r, c);
        if (e != null && e.hasInterval()) {
          lo = Math.min(lo, e.lower());
          hi = Math.max(hi, e.upper());
        }
      }
    }
    return lo <= hi ? new Range(lo, hi) : bars;
  }

  /** Legend swatch with the same stripes as the bars, so the key works in greyscale. */
  @Override
  public LegendItem getLegendItem(int datasetIndex, int series) {
    LegendItem item = super.getLegendItem(datasetIndex, series);
    if (item != null) {
      Rectangle2D swatch = new Rectangle2D.Double(-9, -9, 18, 18);
      item.setShape(Palette.hatch(series).cutFrom(swatch));
      item.setShapeVisible(true);
      // Outlining the cut shape would trace every stripe; blend it instead and frame the swatch
      // with the legend "line", which is drawn underneath the shape.
      item.setOutlinePaint(item.getFillPaint());
      item.setOutlineStroke(new BasicStroke(0.5f));
      item.setLine(swatch);
      item.setLineStroke(new BasicStroke(1.5f));
      item.setLinePaint(Palette.INK);
      item.setLineVisible(true);
    }
    return item;
  }
}
