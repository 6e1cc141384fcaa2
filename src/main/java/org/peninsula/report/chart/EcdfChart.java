package org.peninsula.report.chart;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.peninsula.report.data.NamedSample;

/**
 * Overlaid empirical cumulative distribution functions: for each value x, the share of runs at or
 * below x. Unlike two histograms, the curves can be compared at every point without binning.
 */
public final class EcdfChart {

  /** More steps than this are invisible at report size but bloat the SVG; thin beyond it. */
  static final int MAX_STEPS = 800;

  private EcdfChart() {}

  public static Chart compare(String title, String valueAxisLabel, NamedSample a,
      NamedSample b) {
    return of(title, valueAxisLabel, List.of(a, b));
  }

  public static Chart of(String title, String valueAxisLabel, List<NamedSample> samples) {
    Objects.requireNonNull(title, "title");
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("need at least one sample");
    }
    XYSeriesCollection data = new XYSeriesCollection();
    // Steps are spelled out as points and drawn as one path per series: a step renderer draws
    // every segment separately, which restarts the dash pattern at each step (dashes vanish)
    // and bloats the SVG.
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setDrawSeriesLineAsPath(true);
    for (int i = 0; i < samples.size(); i++) {
      NamedSample s = samples.get(i);
      String key = String.format(Locale.ROOT, "%s (n = %d)", s.label(), s.size());
      data.addSeries(steps(key, s.values()));
      renderer.setSeriesPaint(i, Palette.color(i));
      renderer.setSeriesStroke(i, Palette.line(i));
    }
    XYPlot plot = new XYPlot(data, ChartStyle.valueAxis(valueAxisLabel),
        ChartStyle.percentAxis("Share of runs at or below value (%)"), renderer);
    plot.getRangeAxis().setRange(0.0, 1.02);
    JFreeChart chart = ChartStyle.chart(title, plot, true);
    ChartStyle.explain(chart, "A curve further right means larger values are more common");
    return Chart.titled(chart, Chart.DEFAULT_WIDTH, Chart.DEFAULT_HEIGHT);
  }

  /**
   * The ECDF as the corners of its staircase: (x, F before x) then (x, F(x)) for each step,
   * starting from F = 0 at the minimum. Ties collapse into one step. Large samples are thinned to at most {@link #MAX_STEPS} points taken at evenly spaced
   * cumulative shares, which changes the curve by at most 1/MAX_STEPS vertically.
   */
  static XYSeries steps(String key, double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    // Points are added in x order; each x appears twice, at the foot and the top of its step.
    XYSeries series = new XYSeries(key, false, true);
    int stride = Math.max(1, (int) Math.ceil((double) n / MAX_STEPS));
    int i = 0;
    while (i < n) {
      int next = Math.min(n, i + stride);
      // Extend to the end of a run of ties so each x appears once, with its full share.
      while (next < n && sorted[next] == sorted[next - 1]) {
        next++;
      }
      double x = sorted[next - 1];
      series.add(x, (double) i / n, false);
      series.add(x, (double) next / n, false);
      i = next;
    }
    return series;
  }
}
