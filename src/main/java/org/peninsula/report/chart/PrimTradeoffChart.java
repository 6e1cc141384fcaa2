package org.peninsula.report.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.peninsula.analysis.prim.PrimBox;

/**
 * PRIM peeling trajectory as a coverage–density scatter, marked by how many parameters each box
 * restricts (after the EMA Workbench's trade-off plot), with the chosen box ringed and annotated.
 */
public final class PrimTradeoffChart {

  private PrimTradeoffChart() {}

  /**
   * @param trajectory all boxes of the peeling trajectory
   * @param chosenBoxId step of the box the analyst picked; must be in the trajectory
   */
  public static Chart of(String title, List<PrimBox> trajectory, int chosenBoxId) {
    Objects.requireNonNull(title, "title");
    if (trajectory.isEmpty()) {
      throw new IllegalArgumentException("need at least one box");
    }
    PrimBox chosen = trajectory.stream().filter(b -> b.step() == chosenBoxId).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "chosen box " + chosenBoxId + " is not in the trajectory"));

    // One series per number of restricted dimensions, in increasing order.
    TreeMap<Integer, XYSeries> byDims = new TreeMap<>();
    for (PrimBox b : trajectory) {
      byDims.computeIfAbsent(b.restrictedLimits().size(), d -> new XYSeries(
          d + (d == 1 ? " restricted parameter" : " restricted parameters"), false, true))
          .add(b.coverage(), b.density());
    }
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setUseOutlinePaint(true);
    renderer.setDrawOutlines(true);
    int i = 0;
    for (XYSeries s : byDims.values()) {
      data.addSeries(s);
      renderer.setSeriesPaint(i, Palette.color(i));
      renderer.setSeriesShape(i, Palette.shape(i, 12));
      renderer.setSeriesOutlinePaint(i, Palette.INK);
      renderer.setSeriesOutlineStroke(i, new BasicStroke(0.8f));
      i++;
    }
    XYSeries ring = new XYSeries("chosen box", false, true);
    ring.add(chosen.coverage(), chosen.density());
    data.addSeries(ring);
    renderer.setSeriesPaint(i, Palette.INK);
    renderer.setSeriesShape(i, new Ellipse2D.Double(-13, -13, 26, 26));
    renderer.setSeriesShapesFilled(i, false);
    renderer.setSeriesOutlinePaint(i, Palette.INK);
    renderer.setSeriesOutlineStroke(i, new BasicStroke(3f));

    XYPlot plot = new XYPlot(data,
        ChartStyle.percentAxis("Coverage (% of cases of interest inside the box)"),
        ChartStyle.percentAxis("Density (% of runs in the box that are of interest)"), renderer);
    plot.getDomainAxis().setRange(0, 1.03);
    plot.getRangeAxis().setRange(0, 1.05);

    String text = String.format(Locale.ROOT, "box %d: coverage %.0f%%, density %.0f%%",
        chosen.step(), chosen.coverage() * 100, chosen.density() * 100);
    // Point the arrow from the emptier side: PRIM trajectories run from bottom right to top left.
    double angle = chosen.coverage() > 0.5 ? Math.PI * 0.75 : Math.PI * 0.25;
    if (chosen.density() < 0.35) {
      angle = -angle;
    }
    XYPointerAnnotation pointer = new XYPointerAnnotation(text, chosen.coverage(),
        chosen.density(), angle);
    pointer.setFont(ChartStyle.ANNOTATION.deriveFont(Font.BOLD));
    pointer.setPaint(Palette.INK);
    pointer.setArrowPaint(Palette.INK);
    pointer.setArrowStroke(new BasicStroke(1.5f));
    pointer.setBaseRadius(70);
    pointer.setTipRadius(16);
    pointer.setTextAnchor(Math.cos(angle) < 0 ? TextAnchor.HALF_ASCENT_RIGHT
        : TextAnchor.HALF_ASCENT_LEFT);
    plot.addAnnotation(pointer);

    JFreeChart chart = ChartStyle.chart(title, plot, true);
    ChartStyle.explain(chart,
        "Each point is a box of the peeling trajectory \u00b7 ring: chosen box");
    return Chart.titled(chart, Chart.DEFAULT_WIDTH, Chart.DEFAULT_HEIGHT);
  }
}
