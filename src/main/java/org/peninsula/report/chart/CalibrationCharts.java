package org.peninsula.report.chart;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Figures of a calibration: marginals, pairs, and predictive checks against the record. */
public final class CalibrationCharts {
  private static final int BINS = 24;

  private CalibrationCharts() {}

  /**
   * A parameter's prior and posterior as weighted histograms drawn as density outlines, on the
   * prior's range.
   */
  public static Chart marginal(String key, double lower, double upper, double[] prior,
      double[] posterior, double[] posteriorWeights) {
    XYSeriesCollection data = new XYSeriesCollection();
    double[] ones = new double[prior.length];
    java.util.Arrays.fill(ones, 1);
    data.addSeries(outline("prior (generation 0)", prior, ones, lower, upper));
    data.addSeries(outline("posterior", posterior, posteriorWeights, lower, upper));
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < 2; i++) {
      r.setSeriesPaint(i, Palette.color(i));
      r.setSeriesStroke(i, Palette.line(i));
    }
    XYPlot plot = new XYPlot(data, ChartStyle.valueAxis(key), ChartStyle.valueAxis("Density"),
        r);
    plot.getDomainAxis().setRange(lower, upper);
    JFreeChart chart = ChartStyle.chart("Prior and posterior: " + key, plot, true);
    ChartStyle.explain(chart, "A posterior narrower than the prior means the record constrains "
        + "the parameter");
    return Chart.of("marginal-" + slug(key), chart);
  }

  /** Posterior particles of two parameters (drawn by weight), with their correlation. */
  public static Chart pair(String keyA, String keyB, double[] a, double[] b, double r) {
    XYSeries s = new XYSeries(String.format(Locale.ROOT, "posterior draws (r = %.2f)", r),
        false, true);
    for (int i = 0; i < a.length; i++) {
      s.add(a[i], b[i]);
    }
    XYLineAndShapeRenderer rend = new XYLineAndShapeRenderer(false, true);
    rend.setSeriesPaint(0, Palette.color(1));
    XYPlot plot = new XYPlot(new XYSeriesCollection(s), ChartStyle.valueAxis(keyA),
        ChartStyle.valueAxis(keyB), rend);
    ((org.jfree.chart.axis.NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
    ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    JFreeChart chart = ChartStyle.chart("Posterior pair: " + keyA + " and " + keyB, plot, true);
    return Chart.of("pair-" + slug(keyA) + "-" + slug(keyB), chart);
  }

  /**
   * A statistic year by year: the posterior predictive median and 90% band, and the record (its
   * low and high end where it is a range).
   */
  public static Chart predictive(String statistic, List<Integer> years, double[] q05,
      double[] q50, double[] q95, double[] low, double[] high) {
    YIntervalSeries band = new YIntervalSeries("posterior predictive: median and 90% band");
    XYSeries lo = new XYSeries("record (low end)");
    XYSeries hi = new XYSeries("record (high end)");
    for (int y = 0; y < years.size(); y++) {
      if (!Double.isNaN(q50[y])) {
        band.add(years.get(y), q50[y], q05[y], q95[y]);
      }
      if (!Double.isNaN(low[y])) {
        lo.add(years.get(y).doubleValue(), low[y]);
        hi.add(years.get(y).doubleValue(), high[y]);
      }
    }
    YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
    bandData.addSeries(band);
    DeviationRenderer dev = new DeviationRenderer(true, false);
    dev.setSeriesPaint(0, Palette.color(1));
    dev.setSeriesFillPaint(0, Palette.color(1));
    dev.setAlpha(0.25f);
    XYPlot plot = new XYPlot(bandData, ChartStyle.valueAxis("Year"),
        ChartStyle.valueAxis(statistic), dev);
    org.jfree.chart.axis.NumberAxis yearAxis =
        (org.jfree.chart.axis.NumberAxis) plot.getDomainAxis();
    yearAxis.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
    // Years without a thousands separator ("2016", not "2,016"), whatever the JVM's locale.
    yearAxis.setNumberFormatOverride(new java.text.DecimalFormat("0",
        java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
    XYSeriesCollection rec = new XYSeriesCollection();
    rec.addSeries(lo);
    rec.addSeries(hi);
    XYLineAndShapeRenderer points = new XYLineAndShapeRenderer(false, true);
    points.setSeriesPaint(0, Palette.color(0));
    points.setSeriesPaint(1, Palette.color(0));
    plot.setDataset(1, rec);
    plot.setRenderer(1, points);
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    JFreeChart chart = ChartStyle.chart("Predictive check: " + statistic, plot, true);
    ChartStyle.explain(chart, "The record should lie inside the band in most years");
    return Chart.of("check-" + slug(statistic), chart);
  }

  private static XYSeries outline(String key, double[] x, double[] w, double lower,
      double upper) {
    double[] mass = new double[BINS];
    double width = (upper - lower) / BINS;
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      int b = (int) Math.floor((x[i] - lower) / width);
      b = Math.max(0, Math.min(BINS - 1, b));
      mass[b] += w[i];
      total += w[i];
    }
    XYSeries s = new XYSeries(key, false, true);
    for (int b = 0; b < BINS; b++) {
      double dens = total > 0 ? mass[b] / total / width : 0;
      s.add(lower + b * width, dens);
      s.add(lower + (b + 1) * width, dens);
    }
    return s;
  }

  private static String slug(String s) {
    return s.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
  }
}
