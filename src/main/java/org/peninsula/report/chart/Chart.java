package org.peninsula.report.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A finished chart with a file-safe name and a preferred pixel size, renderable as PNG bytes or
 * an SVG document. Wraps a JFreeChart, which is mutable and not thread-safe, so rendering is
 * synchronised on it.
 */
public final class Chart {

  public static final int DEFAULT_WIDTH = 1000;
  public static final int DEFAULT_HEIGHT = 600;

  private final String name;
  private final JFreeChart chart;
  private final int width;
  private final int height;

  private Chart(String name, JFreeChart chart, int width, int height) {
    this.name = slug(name);
    this.chart = Objects.requireNonNull(chart, "chart");
    if (width < 50 || height < 50 || width > 10_000 || height > 10_000) {
      throw new IllegalArgumentException("chart size out of range: " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
  }

  /** Wraps any JFreeChart, e.g. a hand-made one, at the default size. */
  public static Chart of(String name, JFreeChart chart) {
    return new Chart(name, chart, DEFAULT_WIDTH, DEFAULT_HEIGHT);
  }

  /** Builders name a chart after its title; callers rename it with {@link #withName}. */
  static Chart titled(JFreeChart chart, int width, int height) {
    String title = chart.getTitle() == null ? "chart" : chart.getTitle().getText();
    return new Chart(title, chart, width, height);
  }

  public Chart withName(String newName) {
    return new Chart(newName, chart, width, height);
  }

  public Chart withSize(int newWidth, int newHeight) {
    return new Chart(name, chart, newWidth, newHeight);
  }

  /** Lower-case ASCII letters, digits and dashes: safe as a file name and an HTML id. */
  public String name() {
    return name;
  }

  public String title() {
    return chart.getTitle() == null ? "" : chart.getTitle().getText();
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The underlying chart, for callers that need to tweak something the builders do not offer. */
  public JFreeChart jfreeChart() {
    return chart;
  }

  public byte[] png() {
    return png(width, height);
  }

  public byte[] png(int w, int h) {
    return png(w, h, 1.0);
  }

  /**
   * A PNG with {@code scale} image pixels per layout pixel: the chart is laid out at w x h (so
   * fonts keep their size relative to the plot) and drawn at (w x scale) x (h x scale), which
   * stays sharp on projectors, high-density screens and paper.
   */
  public byte[] png(int w, int h, double scale) {
    if (!(scale >= 0.25 && scale <= 4)) {
      throw new IllegalArgumentException("scale must be in [0.25, 4], was " + scale);
    }
    int iw = (int) Math.round(w * scale);
    int ih = (int) Math.round(h * scale);
    BufferedImage image = new BufferedImage(iw, ih, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g2 = image.createGraphics();
    try {
      g2.scale(scale, scale);
      synchronized (chart) {
        chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, w, h), null, null);
      }
    } finally {
      g2.dispose();
    }
    try {
      // Level 9 costs a few ms per chart and keeps a ten-chart report around 1 MB.
      return ChartUtils.encodeAsPNG(image, false, 9);
    } catch (IOException e) {
      throw new UncheckedIOException("PNG encoding failed for chart " + name, e);
    }
  }

  public String svg() {
    return svg(width, height);
  }

  /**
   * A standalone SVG document of the chart: XML declaration plus the svg element, without the
   * DOCTYPE JFreeSVG would add (SVG 2 drops it, and it names a remote DTD).
   */
  public String svg(int w, int h) {
    SVGGraphics2D g2 = new SVGGraphics2D(w, h);
    // JFreeSVG prefixes its clip-path ids with System.nanoTime(); the chart's name keeps ids
    // distinct between charts and makes the same chart the same file on every run.
    g2.setDefsKeyPrefix("_" + name);
    g2.setFontFunction(Chart::svgFontFamily);
    synchronized (chart) {
      chart.draw(g2, new Rectangle(0, 0, w, h));
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n";
  }

  /**
   * Java lays text out with its logical "SansSerif" font, which is DejaVu Sans on Debian. A plain
   * "sans-serif" in the SVG lets the browser pick a narrower font and labels drift off their
   * places; naming DejaVu (and the similar Verdana) first keeps the metrics close. Unquoted
   * names, because JFreeSVG puts the value inside a quoted attribute.
   */
  static String svgFontFamily(String javaFamily) {
    return switch (javaFamily) {
      case "SansSerif", "Dialog", "DialogInput" -> "DejaVu Sans, Verdana, sans-serif";
      case "Serif" -> "DejaVu Serif, Georgia, serif";
      case "Monospaced" -> "DejaVu Sans Mono, monospace";
      default -> javaFamily;
    };
  }

  public Path writePng(Path file) {
    return write(file, png());
  }

  public Path writeSvg(Path file) {
    return write(file, svg().getBytes(StandardCharsets.UTF_8));
  }

  private static Path write(Path file, byte[] bytes) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static String slug(String text) {
    Objects.requireNonNull(text, "name");
    String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+|-+$)", "");
    if (s.length() > 60) {
      s = s.substring(0, 60).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "chart" : s;
  }

  @Override
  public String toString() {
    return "Chart[" + name + ", " + width + "x" + height + "]";
  }
}
