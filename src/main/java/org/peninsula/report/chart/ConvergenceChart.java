package org.peninsula.report.chart;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.peninsula.report.data.ConvergencePoint;
import org.peninsula.report.data.ConvergenceSeries;

/**
 * Index value against sample size, one line per parameter: flat lines at the right end mean the
 * sample was large enough. Sample sizes spanning a factor of ten or more get a log axis, since they
 * usually grow by doubling.
 */
public final class ConvergenceChart {

  private ConvergenceChart() {}

  /**
   * @param indexAxisLabel what the y values are, e.g. "Total Sobol index ST"
   */
  public static Chart of(String title, String indexAxisLabel, List<ConvergenceSeries> series) {
    Objects.requireNonNull(title, "title");
    if (series.isEmpty()) {
      throw new IllegalArgumentException("need at least one series");
    }
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setDrawSeriesLineAsPath(true);
    int minN = Integer.MAX_VALUE;
    int maxN = 0;
    for (int i = 0; i < series.size(); i++) {
      ConvergenceSeries s = series.get(i);
      XYSeries xy = new XYSeries(s.parameter(), true, true);
      for (ConvergencePoint p : s.points()) {
        xy.add(p.sampleSize(), p.value());
        minN = Math.min(minN, p.sampleSize());
        maxN = Math.max(maxN, p.sampleSize());
      }
      if (data.getSeriesIndex(s.parameter()) >= 0) {
        throw new IllegalArgumentException("duplicate parameter " + s.parameter());
      }
      data.addSeries(xy);
      renderer.setSeriesPaint(i, Palette.color(i));
      renderer.setSeriesStroke(i, Palette.line(i));
      renderer.setSeriesShape(i, Palette.shape(i, 11));
    }
    ValueAxis x;
    if (maxN >= 10L * minN) {
      // Base 2 because Sobol/Saltelli sample sizes are powers of two: ticks at 64, 128, ...
      LogAxis log = new LogAxis("Sample size (model runs, log scale)");
      log.setBase(2);
      log.setTickUnit(new NumberTickUnit(1));
      log.setMinorTickCount(1);
      log.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
      log.setSmallestValue(1);
      log.setRange(minN / 1.25, maxN * 1.25);
      x = log;
    } else {
      NumberAxis linear = new NumberAxis("Sample size (model runs)");
      linear.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
      linear.setAutoRangeIncludesZero(false);
      x = linear;
    }
    XYPlot plot = new XYPlot(data, x, ChartStyle.valueAxis(indexAxisLabel), renderer);
    JFreeChart chart = ChartStyle.chart(title, plot, true);
    ChartStyle.explain(chart, "Lines that level off to the right have converged");
    return Chart.titled(chart, Chart.DEFAULT_WIDTH, Chart.DEFAULT_HEIGHT);
  }
}
