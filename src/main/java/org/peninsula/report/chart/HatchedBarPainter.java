package org.peninsula.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.RectangularShape;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Paints a bar flat in its series colour, overlays the series' white stripes (see {@link Hatch})
 * and outlines it in ink, so series differ in greyscale too. No gradients or shadows: they add
 * nothing but noise on a projector.
 */
final class HatchedBarPainter implements BarPainter {

  static final Color STRIPE = Color.WHITE;
  private static final BasicStroke OUTLINE = new BasicStroke(1.2f);

  @Override
  public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column,
      RectangularShape bar, RectangleEdge base) {
    Paint fill = renderer.getItemPaint(row, column);
    g2.setPaint(fill);
    g2.fill(bar);
    if (bar.getWidth() > 4 && bar.getHeight() > 4) {
      g2.setPaint(STRIPE);
      g2.fill(Palette.hatch(row).stripesWithin(bar));
    }
    g2.setPaint(Palette.INK);
    g2.setStroke(OUTLINE);
    g2.draw(bar);
  }

  @Override
  public void paintBarShadow(Graphics2D g2, BarRenderer renderer, int row, int column,
      RectangularShape bar, RectangleEdge base, boolean pegShadow) {
    // Deliberately no shadows.
  }
}
