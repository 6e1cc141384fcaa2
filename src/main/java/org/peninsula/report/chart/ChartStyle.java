package org.peninsula.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The common look of all report charts: large type for projection, white background, light
 * grid, no shadows or gradients. Applied by hand instead of through a JFreeChart theme, because a
 * theme clears the series paints and strokes the builders set on purpose.
 */
final class ChartStyle {

  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 24);
  static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
  static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
  static final Font ANNOTATION = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

  static final String MONTH_AXIS = "Month of simulation (months since start)";
  static final String PROBABILITY_AXIS = "Probability (% of runs)";

  private static final BasicStroke GRID_STROKE = new BasicStroke(1f);

  private ChartStyle() {}

  /** Wraps a finished plot in a chart and applies the house style to every part of it. */
  static JFreeChart chart(String title, Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(10, 10, 10, 22));
    chart.getTitle().setPaint(Palette.INK);
    chart.getTitle().setPadding(new RectangleInsets(2, 4, 6, 4));
    LegendTitle key = chart.getLegend();
    if (key != null) {
      key.setItemFont(LEGEND);
      key.setItemPaint(Palette.INK);
      key.setBackgroundPaint(Color.WHITE);
      key.setFrame(BlockBorder.NONE);
      key.setPosition(RectangleEdge.BOTTOM);
      key.setItemLabelPadding(new RectangleInsets(2, 6, 2, 18));
      key.setMargin(new RectangleInsets(8, 0, 0, 0));
    }
    stylePlot(plot);
    return chart;
  }

  /** A one-line explanation under the title, e.g. what the whiskers mean. */
  static void explain(JFreeChart chart, String text) {
    TextTitle note = new TextTitle(text, SUBTITLE);
    note.setPaint(new Color(0x404040));
    note.setHorizontalAlignment(HorizontalAlignment.CENTER);
    note.setPadding(new RectangleInsets(0, 4, 8, 4));
    chart.addSubtitle(note);
  }

  static NumberAxis valueAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setAutoRangeIncludesZero(false);
    return axis;
  }

  /** 0 to 100 % axis for probabilities, coverage and density. */
  static NumberAxis percentAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
    axis.setNumberFormatOverride(percent);
    axis.setRange(0.0, 1.0);
    return axis;
  }

  /** Whole months only: "month 2.5" means nothing in a monthly model. */
  static NumberAxis monthAxis() {
    NumberAxis axis = new NumberAxis(MONTH_AXIS);
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    axis.setAutoRangeIncludesZero(false);
    axis.setLowerMargin(0.01);
    axis.setUpperMargin(0.01);
    return axis;
  }

  private static void stylePlot(Plot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(Palette.GRID);
    plot.setInsets(new RectangleInsets(6, 4, 4, 8));
    if (plot instanceof CombinedDomainXYPlot combined) {
      styleAxis(combined.getDomainAxis());
      for (XYPlot sub : combined.getSubplots()) {
        stylePlot(sub);
      }
    }
    if (plot instanceof XYPlot xy) {
      xy.setDomainGridlinePaint(Palette.GRID);
      xy.setRangeGridlinePaint(Palette.GRID);
      xy.setDomainGridlineStroke(GRID_STROKE);
      xy.setRangeGridlineStroke(GRID_STROKE);
      xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
      for (ValueAxis axis : xy.getDomainAxes().values()) {
        styleAxis(axis);
      }
      for (ValueAxis axis : xy.getRangeAxes().values()) {
        styleAxis(axis);
      }
    } else if (plot instanceof CategoryPlot cat) {
      cat.setDomainGridlinesVisible(false);
      cat.setRangeGridlinePaint(Palette.GRID);
      cat.setRangeGridlineStroke(GRID_STROKE);
      cat.setAxisOffset(RectangleInsets.ZERO_INSETS);
      for (int i = 0; i < cat.getDomainAxisCount(); i++) {
        CategoryAxis axis = cat.getDomainAxis(i);
        if (axis != null) {
          styleAxis(axis);
          axis.setMaximumCategoryLabelLines(3);
        }
      }
      for (int i = 0; i < cat.getRangeAxisCount(); i++) {
        if (cat.getRangeAxis(i) != null) {
          styleAxis(cat.getRangeAxis(i));
        }
      }
    }
  }

  private static void styleAxis(Axis axis) {
    if (axis == null) {
      return;
    }
    axis.setLabelFont(AXIS_LABEL);
    axis.setLabelPaint(Palette.INK);
    axis.setTickLabelFont(TICK);
    axis.setTickLabelPaint(Palette.INK);
    axis.setAxisLinePaint(Palette.INK);
    axis.setTickMarkPaint(Palette.INK);
  }
}
