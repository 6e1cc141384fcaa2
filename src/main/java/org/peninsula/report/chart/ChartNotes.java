package org.peninsula.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Additions to a finished chart in the house style, for callers outside this package: a line of
 * explanation under the title, a dashed median marker on a histogram built from pre-counted bins.
 */
public final class ChartNotes {

  private ChartNotes() {}

  /** Adds a one-line explanation under the title (what the marks mean, n); returns the chart. */
  public static Chart explain(Chart chart, String text) {
    ChartStyle.explain(chart.jfreeChart(), text);
    return chart;
  }

  /**
   * Marks {@code median} on the value axis of an XY chart (e.g. {@link HistogramChart#ofBins})
   * with a dashed line labelled "median ..."; returns the chart.
   */
  public static Chart median(Chart chart, double median) {
    if (!Double.isFinite(median) || !(chart.jfreeChart().getPlot() instanceof XYPlot plot)) {
      return chart;
    }
    ValueMarker marker = new ValueMarker(median, Palette.INK,
        new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 5f}, 0f));
    marker.setLabel(String.format(Locale.ROOT, "median %s", HistogramChart.format(median)));
    marker.setLabelFont(ChartStyle.ANNOTATION.deriveFont(Font.BOLD));
    marker.setLabelPaint(Palette.INK);
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
    marker.setLabelOffset(new RectangleInsets(6, 6, 6, 6));
    plot.addDomainMarker(marker);
    return chart;
  }
}
