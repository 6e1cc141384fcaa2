package org.peninsula.report.chart;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Stripe patterns that tell bars apart without colour. Built from plain geometry rather than a
 * TexturePaint because JFreeSVG cannot export texture paints; geometry looks the same in PNG and
 * SVG.
 */
enum Hatch {
  NONE, DIAGONAL, HORIZONTAL, CROSS, BACK_DIAGONAL, VERTICAL;

  private static final double SPACING = 9;
  private static final double STRIPE = 3;

  /** The stripes of this pattern that fall inside {@code shape}; empty for {@link #NONE}. */
  Area stripesWithin(Shape shape) {
    Rectangle2D b = shape.getBounds2D();
    Area stripes = new Area();
    switch (this) {
      case NONE -> {
        return stripes;
      }
      case DIAGONAL -> addDiagonals(stripes, b, true);
      case BACK_DIAGONAL -> addDiagonals(stripes, b, false);
      case HORIZONTAL -> addStraight(stripes, b, true);
      case VERTICAL -> addStraight(stripes, b, false);
      case CROSS -> {
        addDiagonals(stripes, b, true);
        addDiagonals(stripes, b, false);
      }
      default -> throw new IllegalStateException(name());
    }
    stripes.intersect(new Area(shape));
    return stripes;
  }

  /** The shape with the stripes cut out: filled with a colour it looks like a hatched swatch. */
  Shape cutFrom(Shape shape) {
    Area area = new Area(shape);
    area.subtract(stripesWithin(shape));
    return area;
  }

  private static void addStraight(Area into, Rectangle2D b, boolean horizontal) {
    // Stripes are anchored to a fixed grid so neighbouring bars line up.
    double start = Math.floor((horizontal ? b.getMinY() : b.getMinX()) / SPACING) * SPACING;
    double end = horizontal ? b.getMaxY() : b.getMaxX();
    for (double p = start; p < end; p += SPACING) {
      into.add(new Area(horizontal
          ? new Rectangle2D.Double(b.getMinX(), p, b.getWidth(), STRIPE)
          : new Rectangle2D.Double(p, b.getMinY(), STRIPE, b.getHeight())));
    }
  }

  private static void addDiagonals(Area into, Rectangle2D b, boolean rising) {
    double w = STRIPE * Math.sqrt(2);
    double span = b.getWidth() + b.getHeight();
    double start = Math.floor((b.getMinX() - b.getHeight()) / SPACING) * SPACING;
    for (double x = start; x < b.getMaxX() + SPACING; x += SPACING) {
      Path2D.Double p = new Path2D.Double();
      if (rising) {
        // from bottom-left to top-right
        p.moveTo(x, b.getMaxY());
        p.lineTo(x + w, b.getMaxY());
        p.lineTo(x + w + span, b.getMaxY() - span);
        p.lineTo(x + span, b.getMaxY() - span);
      } else {
        p.moveTo(x, b.getMinY());
        p.lineTo(x + w, b.getMinY());
        p.lineTo(x + w + span, b.getMinY() + span);
        p.lineTo(x + span, b.getMinY() + span);
      }
      p.closePath();
      into.add(new Area(p));
    }
  }
}
