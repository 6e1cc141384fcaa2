package org.peninsula.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.peninsula.report.Block.Figure;
import org.peninsula.report.Block.Heading;
import org.peninsula.report.Block.KeyValue;
import org.peninsula.report.Block.KeyValues;
import org.peninsula.report.Block.Paragraph;
import org.peninsula.report.Block.Table;
import org.peninsula.report.chart.Chart;

/**
 * A report as one self-contained HTML file: styles inline, figures as base64 {@code data:} images,
 * no scripts, fonts or other requests (a Content-Security-Policy forbids them), so the file can be
 * mailed, archived or opened offline in a classroom. All text is escaped.
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.builder("Run baseline-2025")
 *     .subtitle("1000 runs, 120 months")
 *     .section("Manifest").keyValues("Run", manifest)
 *     .section("Futures").paragraph("...").figure(chart, "Share of runs ending in each future")
 *     .build();
 * WrittenReport files = report.writeTo(outputFolder);
 * }</pre>
 */
public final class HtmlReport {

  public static final String HTML_FILE = "report.html";
  public static final String FIGURE_FOLDER = "figures";

  private final String title;
  private final String subtitle;
  private final List<Section> sections;
  /**
   * Image pixels per layout pixel of embedded PNGs. 1.5 keeps charts sharp when the page is
   * projected or printed wider than their 1000 px layout, at about 100 KB per chart.
   */
  public static final double DEFAULT_PNG_SCALE = 1.5;

  private final ImageEmbedding embedding;
  private final double pngScale;

  private HtmlReport(Builder b) {
    this.title = b.title;
    this.subtitle = b.subtitle;
    this.sections = List.copyOf(b.finishedSections());
    this.embedding = b.embedding;
    this.pngScale = b.pngScale;
  }

  public static Builder builder(String title) {
    return new Builder(title);
  }

  public String title() {
    return title;
  }

  /** The charts of the report in figure order. */
  public List<Chart> charts() {
    List<Chart> charts = new ArrayList<>();
    for (Section s : sections) {
      for (Block block : s.blocks()) {
        if (block instanceof Figure f) {
          charts.add(f.chart());
        }
      }
    }
    return charts;
  }

  /** The HTML document as a string, figures rendered and embedded; writes no files. */
  public String toHtml() {
    List<RenderedFigure> figures = render(false);
    return html(figures, false);
  }

  /**
   * Writes {@value #HTML_FILE} into {@code folder} and each figure as PNG and SVG into its
   * {@value #FIGURE_FOLDER} sub-folder (for slides and papers). The HTML stays self-contained;
   * it merely links to the separate files as a convenience. Existing files are overwritten.
   */
  public WrittenReport writeTo(Path folder) {
    Objects.requireNonNull(folder, "folder");
    List<RenderedFigure> figures = render(true);
    Path figureDir = folder.resolve(FIGURE_FOLDER);
    List<Path> pngs = new ArrayList<>();
    List<Path> svgs = new ArrayList<>();
    try {
      Files.createDirectories(figureDir);
      for (RenderedFigure f : figures) {
        pngs.add(Files.write(figureDir.resolve(f.stem() + ".png"), f.png()));
        svgs.add(Files.writeString(figureDir.resolve(f.stem() + ".svg"), f.svg(),
            StandardCharsets.UTF_8));
      }
      Path html = Files.writeString(folder.resolve(HTML_FILE), html(figures, true),
          StandardCharsets.UTF_8);
      return new WrittenReport(html, pngs, svgs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report to " + folder, e);
    }
  }

  /** A figure's image data, rendered once and used both inline and as files. */
  private record RenderedFigure(int number, String stem, byte[] png, String svg) {}

  /**
   * Draws every figure, several at a time (charts are independent objects and drawing plus PNG
   * compression dominates the time of a report); the list keeps figure order.
   */
  private List<RenderedFigure> render(boolean forFiles) {
    List<Chart> charts = charts();
    boolean needPng = forFiles || embedding == ImageEmbedding.PNG;
    boolean needSvg = forFiles || embedding == ImageEmbedding.SVG;
    return java.util.stream.IntStream.range(0, charts.size()).parallel().mapToObj(i -> {
      Chart chart = charts.get(i);
      int n = i + 1;
      return new RenderedFigure(n, String.format(Locale.ROOT, "fig%02d-%s", n, chart.name()),
          needPng ? chart.png(chart.width(), chart.height(), pngScale) : null,
          needSvg ? chart.svg() : null);
    }).toList();
  }

  private String html(List<RenderedFigure> figures, boolean linkFiles) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // Belt and braces for "self-contained": the browser may load nothing but inline data.
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("img-src data:; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"generator\" content=\"peninsula\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n")
        .append("<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n");
    if (subtitle != null && !subtitle.isBlank()) {
      h.append("<p class=\"subtitle\">").append(Html.escape(subtitle)).append("</p>\n");
    }
    h.append("</header>\n<main>\n");
    int figureIndex = 0;
    int tableNumber = 0;
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      if (s == firstHeaded()) {
        // Contents after any untitled introduction, just before the first titled section.
        appendContents(h);
      }
      h.append("<section");
      if (section.hasHeading()) {
        h.append(" id=\"section-").append(s + 1).append("\">\n<h2>")
            .append(Html.escape(section.heading())).append("</h2>\n");
      } else {
        h.append(">\n");
      }
      for (Block block : section.blocks()) {
        if (block instanceof Heading b) {
          h.append("<h3>").append(Html.escape(b.text())).append("</h3>\n");
        } else if (block instanceof Paragraph b) {
          h.append("<p>").append(Html.escape(b.text())).append("</p>\n");
        } else if (block instanceof KeyValues b) {
          appendKeyValues(h, b);
        } else if (block instanceof Table b) {
          appendTable(h, b.table(), ++tableNumber);
        } else if (block instanceof Figure b) {
          appendFigure(h, b, figures.get(figureIndex++), linkFiles);
        }
      }
      h.append("</section>\n");
    }
    h.append("</main>\n<footer>Generated by Peninsula. This file is self-contained: ")
        .append("it loads nothing from the network.</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private int firstHeaded() {
    for (int s = 0; s < sections.size(); s++) {
      if (sections.get(s).hasHeading()) {
        return s;
      }
    }
    return -1;
  }

  private void appendContents(StringBuilder h) {
    long headed = sections.stream().filter(Section::hasHeading).count();
    if (headed < 3) {
      return;
    }
    h.append("<nav aria-label=\"Contents\"><b>Contents</b>\n<ol>\n");
    for (int s = 0; s < sections.size(); s++) {
      if (sections.get(s).hasHeading()) {
        h.append("<li><a href=\"#section-").append(s + 1).append("\">")
            .append(Html.escape(sections.get(s).heading())).append("</a></li>\n");
      }
    }
    h.append("</ol>\n</nav>\n");
  }

  private static void appendKeyValues(StringBuilder h, KeyValues kv) {
    h.append("<div class=\"table-wrap\"><table class=\"kv\">\n");
    if (!kv.caption().isBlank()) {
      h.append("<caption>").append(Html.escape(kv.caption())).append("</caption>\n");
    }
    h.append("<tbody>\n");
    for (KeyValue e : kv.entries()) {
      h.append("<tr><th scope=\"row\">").append(Html.escape(e.key())).append("</th><td>")
          .append(Html.escape(e.value())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");
  }

  private static void appendTable(StringBuilder h, DataTable t, int number) {
    h.append("<div class=\"table-wrap\"><table>\n<caption>Table ").append(number);
    if (!t.caption().isBlank()) {
      h.append(". ").append(Html.escape(t.caption()));
    }
    h.append("</caption>\n<thead><tr>");
    for (String col : t.header()) {
      h.append("<th scope=\"col\">").append(Html.escape(col)).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      h.append("<tr>");
      for (String cell : row) {
        h.append(DataTable.looksNumeric(cell) ? "<td class=\"num\">" : "<td>")
            .append(Html.escape(cell)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");
  }

  private void appendFigure(StringBuilder h, Figure f, RenderedFigure r, boolean linkFiles) {
    String src = embedding == ImageEmbedding.SVG
        ? "data:image/svg+xml;base64,"
            + Base64.getEncoder().encodeToString(r.svg().getBytes(StandardCharsets.UTF_8))
        : "data:image/png;base64," + Base64.getEncoder().encodeToString(r.png());
    String alt = f.chart().title().isBlank() ? f.caption() : f.chart().title() + ". "
        + f.caption();
    h.append("<figure id=\"figure-").append(r.number()).append("\">\n<img src=\"").append(src)
        .append("\" width=\"").append(f.chart().width()).append("\" height=\"")
        .append(f.chart().height()).append("\" alt=\"").append(Html.escape(alt)).append("\">\n")
        .append("<figcaption><b>Figure ").append(r.number()).append(".</b> ")
        .append(Html.escape(f.caption()));
    if (linkFiles) {
      String stem = FIGURE_FOLDER + "/" + r.stem();
      h.append(" <span class=\"files\">(<a href=\"").append(Html.escape(stem)).append(".png\">PNG</a>, ")
          .append("<a href=\"").append(Html.escape(stem)).append(".svg\">SVG</a>)</span>");
    }
    h.append("</figcaption>\n</figure>\n");
  }

  /** Collects sections and blocks in reading order. Not thread-safe; build once, then share. */
  public static final class Builder {

    private final String title;
    private String subtitle;
    private ImageEmbedding embedding = ImageEmbedding.PNG;
    private double pngScale = DEFAULT_PNG_SCALE;
    private final List<Section> sections = new ArrayList<>();
    private String currentHeading;
    private List<Block> current = new ArrayList<>();

    private Builder(String title) {
      this.title = Objects.requireNonNull(title, "title");
    }

    /** A line under the title, e.g. scenario, number of runs and seed. */
    public Builder subtitle(String text) {
      this.subtitle = text;
      return this;
    }

    public Builder embed(ImageEmbedding how) {
      this.embedding = Objects.requireNonNull(how, "how");
      return this;
    }

    /** Resolution of PNG figures (inline and files): 1 = layout size, 2 = double density. */
    public Builder pngScale(double scale) {
      if (!(scale >= 0.5 && scale <= 3)) {
        throw new IllegalArgumentException("pngScale must be in [0.5, 3], was " + scale);
      }
      this.pngScale = scale;
      return this;
    }

    /** Starts a new section; following blocks belong to it. */
    public Builder section(String heading) {
      Objects.requireNonNull(heading, "heading");
      closeSection();
      currentHeading = heading;
      return this;
    }

    /** A sub-heading inside the current section. */
    public Builder heading(String text) {
      current.add(new Heading(text));
      return this;
    }

    public Builder paragraph(String text) {
      current.add(new Paragraph(text));
      return this;
    }

    /** A key/value table (e.g. the manifest) in the map's iteration order. */
    public Builder keyValues(String caption, Map<String, ?> entries) {
      List<KeyValue> list = new ArrayList<>(entries.size());
      entries.forEach((k, v) -> list.add(new KeyValue(k, v == null ? "" : v.toString())));
      current.add(new KeyValues(caption, list));
      return this;
    }

    public Builder table(DataTable table) {
      current.add(new Table(table));
      return this;
    }

    public Builder table(String caption, List<String> header, List<? extends List<?>> rows) {
      return table(DataTable.of(caption, header, rows));
    }

    /** A numbered figure; the caption should say what to look for, the chart title what it is. */
    public Builder figure(Chart chart, String caption) {
      current.add(new Figure(chart, caption));
      return this;
    }

    public HtmlReport build() {
      return new HtmlReport(this);
    }

    private void closeSection() {
      if (currentHeading != null || !current.isEmpty()) {
        sections.add(new Section(currentHeading, current));
      }
      currentHeading = null;
      current = new ArrayList<>();
    }

    private List<Section> finishedSections() {
      List<Section> all = new ArrayList<>(sections);
      if (currentHeading != null || !current.isEmpty()) {
        all.add(new Section(currentHeading, current));
      }
      return all;
    }
  }
}
