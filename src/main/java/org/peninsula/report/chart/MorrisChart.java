package org.peninsula.report.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.peninsula.report.data.MorrisEffect;

/**
 * Morris screening plot: mu* (importance) against sigma (non-linearity or interactions), one
 * labelled point per parameter. Points near the origin can be fixed; points above the sigma = mu*
 * line act mostly through interactions or non-linearly.
 */
public final class MorrisChart {

  private MorrisChart() {}

  /**
   * @param effectUnit unit of the output the effects are measured in, e.g. "tension points"
   */
  public static Chart of(String title, String effectUnit, List<MorrisEffect> effects) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(effectUnit, "effectUnit");
    if (effects.isEmpty()) {
      throw new IllegalArgumentException("need at least one parameter");
    }
    XYSeries points = new XYSeries("parameters", false, true);
    double max = 0;
    for (MorrisEffect e : effects) {
      points.add(e.muStar(), e.sigma());
      max = Math.max(max, Math.max(e.muStar(), e.sigma()));
    }
    if (max == 0) {
      max = 1;
    }
    double top = max * 1.12;
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesPaint(0, Palette.BLUE);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
    renderer.setSeriesOutlinePaint(0, Palette.INK);
    renderer.setUseOutlinePaint(true);
    renderer.setDrawOutlines(true);

    NumberAxis x = new NumberAxis("\u03bc* \u2014 mean |elementary effect| (" + effectUnit + ")");
    NumberAxis y = new NumberAxis("\u03c3 \u2014 std. dev. of effects (" + effectUnit + ")");
    x.setRange(0, top);
    y.setRange(0, top);
    XYPlot plot = new XYPlot(new XYSeriesCollection(points), x, y, renderer);

    XYLineAnnotation diagonal = new XYLineAnnotation(0, 0, top, top,
        new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {7f, 5f}, 0f), Palette.INK);
    plot.addAnnotation(diagonal);
    // Above-left of a point on the line, so the text sits beside the line, not on it.
    XYTextAnnotation diagonalLabel = new XYTextAnnotation("\u03c3 = \u03bc*", top * 0.9,
        top * 0.92);
    diagonalLabel.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
    diagonalLabel.setFont(ChartStyle.ANNOTATION);
    diagonalLabel.setPaint(Palette.INK);
    plot.addAnnotation(diagonalLabel);

    JFreeChart chart = ChartStyle.chart(title, plot, false);
    ChartStyle.explain(chart, "Right: more influential \u00b7 above the dashed line: "
        + "interactions or non-linear effects dominate");
    PointLabels labels = new PointLabels(0, top, 0, top);
    effects.forEach(e -> labels.avoidPoint(e.muStar(), e.sigma()));
    // Label the most important parameters first so they get the best spots.
    effects.stream().sorted(Comparator.comparingDouble(MorrisEffect::muStar).reversed())
        .forEach(e -> labels.add(plot, e.parameter(), e.muStar(), e.sigma()));
    return Chart.titled(chart, Chart.DEFAULT_WIDTH, Chart.DEFAULT_HEIGHT);
  }
}
