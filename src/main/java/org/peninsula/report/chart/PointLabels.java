package org.peninsula.report.chart;

import java.awt.BasicStroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;

/**
 * Places text labels next to scatter points so that they avoid each other and the points. Each
 * label tries positions around its point, close ones first, and takes the first free one, else
 * the least crowded; labels pushed further out get a thin leader line. Works in fractions of the
 * data area with estimated text extents, which is good enough for the dozen or two parameters of
 * a screening plot.
 */
final class PointLabels {

  /** Approximate extents, as fractions of the data area, of 15 px text at the default size. */
  private static final double CHAR_WIDTH = 0.0105;
  private static final double TEXT_HEIGHT = 0.05;
  /** Distance unit from point to label, as a fraction of the data area's width. */
  private static final double GAP = 0.012;
  /** The data area is wider than tall; this keeps vertical and horizontal gaps alike in pixels. */
  private static final double ASPECT = 1.8;
  private static final double POINT = 0.02;
  /** Covering a point hides data; covering another label only hurts reading. */
  private static final double POINT_WEIGHT = 6;
  private static final double LEADER_CROSSING = 0.004;
  private static final BasicStroke LEADER = new BasicStroke(0.8f);

  private record Candidate(double dx, double dy, double ring) {}

  private static final List<Candidate> CANDIDATES = candidates();

  private final double xMin;
  private final double xSpan;
  private final double yMin;
  private final double ySpan;
  private final List<Rectangle2D> labels = new ArrayList<>();
  private final List<Rectangle2D> points = new ArrayList<>();

  PointLabels(double xMin, double xMax, double yMin, double yMax) {
    this.xMin = xMin;
    this.xSpan = Math.max(xMax - xMin, 1e-12);
    this.yMin = yMin;
    this.ySpan = Math.max(yMax - yMin, 1e-12);
  }

  /** Right, left, above, below and diagonals next to the point, then two outer rings. */
  private static List<Candidate> candidates() {
    List<Candidate> list = new ArrayList<>();
    double[][] near = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {1, -1}, {-1, 1}, {-1, -1}};
    for (double[] d : near) {
      list.add(new Candidate(d[0], d[1], 1));
    }
    for (double ring : new double[] {3.5, 6}) {
      for (int deg = 0; deg < 360; deg += 30) {
        double a = Math.toRadians(deg);
        list.add(new Candidate(Math.cos(a), Math.sin(a), ring));
      }
    }
    return list;
  }

  /** Registers a point that labels must not cover; call for all points before adding labels. */
  void avoidPoint(double x, double y) {
    double fx = (x - xMin) / xSpan;
    double fy = (y - yMin) / ySpan;
    points.add(new Rectangle2D.Double(fx - POINT / 2, fy - POINT * ASPECT / 2, POINT,
        POINT * ASPECT));
  }

  void add(XYPlot plot, String text, double x, double y) {
    double fx = (x - xMin) / xSpan;
    double fy = (y - yMin) / ySpan;
    double w = text.length() * CHAR_WIDTH;
    Candidate best = CANDIDATES.get(0);
    Rectangle2D bestBox = null;
    double bestCost = Double.POSITIVE_INFINITY;
    for (Candidate c : CANDIDATES) {
      Rectangle2D box = box(c, fx, fy, w, TEXT_HEIGHT);
      double cost = overlap(box, labels) + POINT_WEIGHT * overlap(box, points)
          + 10 * outside(box);
      if (c.ring() > 1) {
        // A small premium for being far out: a label right next to its point reads best.
        cost += 1e-4 * c.ring() + leaderCrossings(c, fx, fy);
      }
      if (cost < bestCost) {
        best = c;
        bestBox = box;
        bestCost = cost;
      }
      if (cost == 0) {
        break;
      }
    }
    labels.add(bestBox);
    double lx = x + best.dx() * GAP * best.ring() * xSpan;
    double ly = y + best.dy() * GAP * ASPECT * best.ring() * ySpan;
    if (best.ring() > 1) {
      plot.addAnnotation(new XYLineAnnotation(x, y, lx, ly, LEADER, Palette.INK));
    }
    XYTextAnnotation label = new XYTextAnnotation(text, lx, ly);
    label.setTextAnchor(anchor(best));
    label.setFont(ChartStyle.ANNOTATION);
    label.setPaint(Palette.INK);
    plot.addAnnotation(label);
  }

  private static TextAnchor anchor(Candidate c) {
    int h = c.dx() > 0.3 ? 1 : c.dx() < -0.3 ? -1 : 0;
    int v = c.dy() > 0.3 ? 1 : c.dy() < -0.3 ? -1 : 0;
    if (v > 0) {
      return h > 0 ? TextAnchor.BOTTOM_LEFT : h < 0 ? TextAnchor.BOTTOM_RIGHT
          : TextAnchor.BOTTOM_CENTER;
    }
    if (v < 0) {
      return h > 0 ? TextAnchor.TOP_LEFT : h < 0 ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_CENTER;
    }
    return h >= 0 ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
  }

  /** The label's box (fractions, y up) for the anchor {@link #anchor} picks. */
  private static Rectangle2D box(Candidate c, double fx, double fy, double w, double h) {
    double ax = fx + c.dx() * GAP * c.ring();
    double ay = fy + c.dy() * GAP * ASPECT * c.ring();
    TextAnchor a = anchor(c);
    double left = a.isLeft() ? ax : a.isRight() ? ax - w : ax - w / 2;
    double bottom = a.isBottom() ? ay : a.isTop() ? ay - h : ay - h / 2;
    return new Rectangle2D.Double(left, bottom, w, h);
  }

  /** Penalty for a leader line that passes over another point, which would mislead. */
  private double leaderCrossings(Candidate c, double fx, double fy) {
    Line2D leader = new Line2D.Double(fx, fy, fx + c.dx() * GAP * c.ring(),
        fy + c.dy() * GAP * ASPECT * c.ring());
    double penalty = 0;
    for (Rectangle2D p : points) {
      if (!p.contains(fx, fy) && leader.intersects(p)) {
        penalty += LEADER_CROSSING;
      }
    }
    return penalty;
  }

  private static double overlap(Rectangle2D box, List<Rectangle2D> others) {
    double total = 0;
    for (Rectangle2D o : others) {
      Rectangle2D i = box.createIntersection(o);
      if (!i.isEmpty()) {
        total += i.getWidth() * i.getHeight();
      }
    }
    return total;
  }

  /** Area of the box that falls outside the data area (where it would be clipped). */
  private static double outside(Rectangle2D box) {
    Rectangle2D inside = box.createIntersection(new Rectangle2D.Double(0, 0, 1, 1));
    double in = inside.isEmpty() ? 0 : inside.getWidth() * inside.getHeight();
    return box.getWidth() * box.getHeight() - in;
  }
}
