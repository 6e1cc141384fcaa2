package org.peninsula.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.peninsula.report.data.HistogramBin;
import org.peninsula.report.data.NamedSample;

/** Histogram of a numeric sample (binned here) or of bins counted elsewhere. */
public final class HistogramChart {

  static final String COUNT_AXIS = "Number of runs";
  private static final int MAX_AUTO_BINS = 50;

  private HistogramChart() {}

  /** Bins the sample with the Freedman–Diaconis rule and marks its median. */
  public static Chart ofSample(String title, String valueAxisLabel, NamedSample sample) {
    return ofSample(title, valueAxisLabel, sample, autoBinCount(sample.values()));
  }

  /** Bins the sample into {@code binCount} equal-width bins and marks its median. */
  public static Chart ofSample(String title, String valueAxisLabel, NamedSample sample,
      int binCount) {
    if (binCount < 1) {
      throw new IllegalArgumentException("binCount must be >= 1, was " + binCount);
    }
    double[] values = sample.values();
    Arrays.sort(values);
    Chart chart = ofBins(title, valueAxisLabel, bin(values, binCount));
    XYPlot plot = chart.jfreeChart().getXYPlot();
    double median = median(values);
    ValueMarker marker = new ValueMarker(median, Palette.INK,
        new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 5f}, 0f));
    marker.setLabel(String.format(Locale.ROOT, "median %s", format(median)));
    marker.setLabelFont(ChartStyle.ANNOTATION.deriveFont(Font.BOLD));
    marker.setLabelPaint(Palette.INK);
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
    marker.setLabelOffset(new RectangleInsets(6, 6, 6, 6));
    plot.addDomainMarker(marker);
    ChartStyle.explain(chart.jfreeChart(), String.format(Locale.ROOT,
        "%s: n = %d runs \u00b7 dashed line: median", sample.label(), values.length));
    return chart;
  }

  /** Bins counted elsewhere; they may have unequal widths but should not overlap. */
  public static Chart ofBins(String title, String valueAxisLabel, List<HistogramBin> bins) {
    Objects.requireNonNull(title, "title");
    if (bins.isEmpty()) {
      throw new IllegalArgumentException("need at least one bin");
    }
    XYIntervalSeries series = new XYIntervalSeries("count");
    for (HistogramBin b : bins) {
      double mid = (b.lower() + b.upper()) / 2;
      series.add(mid, b.lower(), b.upper(), b.count(), 0, b.count());
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(series);

    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setSeriesPaint(0, Palette.SKY_BLUE);
    renderer.setSeriesOutlinePaint(0, Palette.INK);
    renderer.setSeriesOutlineStroke(0, new BasicStroke(1f));

    NumberAxis counts = new NumberAxis(COUNT_AXIS);
    counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    counts.setUpperMargin(0.1);
    XYPlot plot = new XYPlot(data, ChartStyle.valueAxis(valueAxisLabel), counts, renderer);
    JFreeChart chart = ChartStyle.chart(title, plot, false);
    return Chart.titled(chart, Chart.DEFAULT_WIDTH, Chart.DEFAULT_HEIGHT);
  }

  /** Equal-width bins over the sorted values; the last bin is closed so the maximum counts. */
  static List<HistogramBin> bin(double[] sorted, int binCount) {
    double min = sorted[0];
    double max = sorted[sorted.length - 1];
    if (min == max) {
      // A constant sample: one bin of width 1 centred on the value, rather than width 0.
      return List.of(new HistogramBin(min - 0.5, min + 0.5, sorted.length));
    }
    double width = (max - min) / binCount;
    long[] counts = new long[binCount];
    for (double v : sorted) {
      int i = (int) Math.floor((v - min) / width);
      counts[Math.min(Math.max(i, 0), binCount - 1)]++;
    }
    List<HistogramBin> bins = new ArrayList<>(binCount);
    for (int i = 0; i < binCount; i++) {
      double lo = min + i * width;
      double hi = i == binCount - 1 ? max : min + (i + 1) * width;
      bins.add(new HistogramBin(lo, hi, counts[i]));
    }
    return bins;
  }

  /** Freedman–Diaconis bin width (robust to outliers), Sturges when the IQR is zero. */
  static int autoBinCount(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double range = sorted[n - 1] - sorted[0];
    if (range == 0) {
      return 1;
    }
    double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
    int bins;
    if (iqr > 0) {
      double width = 2 * iqr / Math.cbrt(n);
      bins = (int) Math.ceil(range / width);
    } else {
      bins = (int) Math.ceil(Math.log(n) / Math.log(2)) + 1;
    }
    return Math.max(1, Math.min(MAX_AUTO_BINS, bins));
  }

  static double median(double[] sorted) {
    return quantile(sorted, 0.5);
  }

  /** Linear interpolation between order statistics (R type 7). */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  static String format(double v) {
    double a = Math.abs(v);
    if (a != 0 && (a < 0.01 || a >= 1e6)) {
      return String.format(Locale.ROOT, "%.3g", v);
    }
    return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
  }
}
