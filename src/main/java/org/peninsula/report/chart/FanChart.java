package org.peninsula.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.peninsula.report.data.FanSeries;
import org.peninsula.report.data.MonthQuantiles;

/**
 * Fan chart over months: the median across runs as a line, the middle 50% and 90% of runs as
 * nested translucent bands. Two scenarios may be overlaid; the second gets a dashed median and
 * dashed band edges so the overlay still reads in greyscale.
 */
public final class FanChart {

  /** Opacity of one band; where the 50% band lies over the 90% band the tone doubles up. */
  private static final float BAND_ALPHA = 0.22f;
  private static final double INNER_OPACITY = 1 - (1 - BAND_ALPHA) * (1 - BAND_ALPHA);

  private FanChart() {}

  public static Chart of(String title, String valueAxisLabel, FanSeries series) {
    return of(title, valueAxisLabel, List.of(series));
  }

  public static Chart compare(String title, String valueAxisLabel, FanSeries a, FanSeries b) {
    return of(title, valueAxisLabel, List.of(a, b));
  }

  /** One fan per series; beyond two the bands blur into each other, so prefer at most two. */
  public static Chart of(String title, String valueAxisLabel, List<FanSeries> fans) {
    Objects.requireNonNull(title, "title");
    if (fans.isEmpty()) {
      throw new IllegalArgumentException("need at least one fan series");
    }
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    XYSeriesCollection edges = new XYSeriesCollection();
    DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
    bandRenderer.setAlpha(BAND_ALPHA);
    XYLineAndShapeRenderer edgeRenderer = new XYLineAndShapeRenderer(true, false);
    // One path per line keeps dash patterns continuous and the SVG small.
    edgeRenderer.setDrawSeriesLineAsPath(true);
    LegendItemCollection legend = new LegendItemCollection();

    for (int i = 0; i < fans.size(); i++) {
      FanSeries fan = fans.get(i);
      YIntervalSeries outer = new YIntervalSeries(fan.label() + " 90%");
      YIntervalSeries inner = new YIntervalSeries(fan.label() + " 50%");
      XYSeries low = new XYSeries(fan.label() + " 5%");
      XYSeries high = new XYSeries(fan.label() + " 95%");
      for (MonthQuantiles m : fan.months()) {
        outer.add(m.month(), m.q50(), m.q05(), m.q95());
        inner.add(m.month(), m.q50(), m.q25(), m.q75());
        low.add(m.month(), m.q05());
        high.add(m.month(), m.q95());
      }
      bands.addSeries(outer);
      bands.addSeries(inner);
      edges.addSeries(low);
      edges.addSeries(high);

      Color color = Palette.color(i);
      for (int s = 2 * i; s <= 2 * i + 1; s++) {
        bandRenderer.setSeriesPaint(s, color);
        bandRenderer.setSeriesFillPaint(s, color);
        bandRenderer.setSeriesStroke(s, Palette.line(i));
        edgeRenderer.setSeriesPaint(s, color);
        edgeRenderer.setSeriesStroke(s, Palette.line(i, 1.4f));
      }
      legend.add(legendItem(fan.label(), color, i));
    }

    XYPlot plot = new XYPlot(bands, ChartStyle.monthAxis(),
        ChartStyle.valueAxis(valueAxisLabel), bandRenderer);
    plot.setDataset(1, edges);
    plot.setRenderer(1, edgeRenderer);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setFixedLegendItems(legend);

    JFreeChart chart = ChartStyle.chart(title, plot, true);
    ChartStyle.explain(chart, "Line: median of runs \u00b7 dark band: middle 50% \u00b7 "
        + "light band: middle 90% of runs");
    return Chart.titled(chart, Chart.DEFAULT_WIDTH, Chart.DEFAULT_HEIGHT);
  }

  /**
   * One key entry per scenario: a band swatch with the median line running through a slit in it,
   * in the scenario's colour and dash pattern, so the key also works in greyscale. What the
   * bands mean is said once in the subtitle instead of in four more entries.
   */
  private static LegendItem legendItem(String label, Color color, int style) {
    Area swatch = new Area(new Rectangle2D.Double(-18, -9, 36, 18));
    swatch.subtract(new Area(new Rectangle2D.Double(-18, -2.5, 36, 5)));
    LegendItem item = new LegendItem(label, null, null, null, true, swatch, true,
        Palette.tint(color, INNER_OPACITY), false, color, new BasicStroke(0.5f), true,
        new Line2D.Double(-18, 0, 18, 0), Palette.line(style), color);
    return item;
  }
}
