package org.peninsula.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.util.ShapeUtils;

/**
 * Colours, dash patterns and marker shapes for series, chosen so that series stay apart for
 * readers with colour-vision deficiency (Okabe and Ito 2008, "Color Universal Design") and on a
 * greyscale printout: the i-th series always gets the i-th colour AND the i-th dash pattern, marker
 * shape and bar hatching, so no information rests on hue alone.
 */
public final class Palette {

  // Okabe & Ito (2008) colours, named as in the source.
  public static final Color BLACK = new Color(0x000000);
  public static final Color ORANGE = new Color(0xE69F00);
  public static final Color SKY_BLUE = new Color(0x56B4E9);
  public static final Color BLUISH_GREEN = new Color(0x009E73);
  public static final Color YELLOW = new Color(0xF0E442);
  public static final Color BLUE = new Color(0x0072B2);
  public static final Color VERMILLION = new Color(0xD55E00);
  public static final Color REDDISH_PURPLE = new Color(0xCC79A7);

  /** Neutral ink for text, whiskers and outlines. */
  public static final Color INK = new Color(0x1A1A1A);
  /** Gridlines: visible on a projector, faint on paper. */
  public static final Color GRID = new Color(0xC8C8C8);

  /*
   * Order: the first two (dark blue, light orange) differ most in lightness, so the common A-vs-B
   * comparison also survives greyscale by tone alone. Yellow comes last: it is faint on white.
   */
  private static final Color[] SERIES = {
      BLUE, ORANGE, BLUISH_GREEN, VERMILLION, REDDISH_PURPLE, SKY_BLUE, BLACK, YELLOW};

  /** Dash arrays (in pixels at line width 3); null means solid. */
  private static final float[][] DASHES = {
      null, {12f, 6f}, {2f, 6f}, {14f, 5f, 2f, 5f}, {24f, 8f}, {6f, 4f},
      {14f, 4f, 2f, 4f, 2f, 4f}, {3f, 3f}};

  private static final float LINE_WIDTH = 3f;

  private Palette() {}

  /** Number of distinct styles before they repeat. */
  public static int size() {
    return SERIES.length;
  }

  public static Color color(int series) {
    return SERIES[Math.floorMod(series, SERIES.length)];
  }

  /** The colour mixed with white, as a translucent fill of that opacity would look on white. */
  public static Color tint(Color color, double opacity) {
    double keep = Math.max(0, Math.min(1, opacity));
    return new Color(
        (int) Math.round(255 - (255 - color.getRed()) * keep),
        (int) Math.round(255 - (255 - color.getGreen()) * keep),
        (int) Math.round(255 - (255 - color.getBlue()) * keep));
  }

  public static Stroke line(int series) {
    return line(series, LINE_WIDTH);
  }

  public static Stroke line(int series, float width) {
    float[] dash = DASHES[Math.floorMod(series, DASHES.length)];
    if (dash == null) {
      return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
    float[] scaled = dash.clone();
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] *= width / LINE_WIDTH;
    }
    // Butt caps keep short dashes and dots distinct; round caps would merge them at width 3.
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
  }

  /** A marker shape centred on the origin; {@code size} is its width in pixels. */
  public static Shape shape(int series, double size) {
    double h = size / 2;
    float s = (float) h;
    return switch (Math.floorMod(series, 8)) {
      case 0 -> new Ellipse2D.Double(-h, -h, size, size);
      case 1 -> new Rectangle2D.Double(-h * 0.9, -h * 0.9, size * 0.9, size * 0.9);
      case 2 -> ShapeUtils.createUpTriangle(s * 1.1f);
      case 3 -> ShapeUtils.createDiamond(s * 1.15f);
      case 4 -> ShapeUtils.createDownTriangle(s * 1.1f);
      case 5 -> ShapeUtils.createRegularCross(s, s * 0.35f);
      case 6 -> ShapeUtils.createDiagonalCross(s * 0.9f, s * 0.3f);
      default -> new Rectangle2D.Double(-h, -h * 0.45, size, size * 0.45);
    };
  }

  static Hatch hatch(int series) {
    Hatch[] all = Hatch.values();
    return all[Math.floorMod(series, all.length)];
  }
}
