package org.peninsula.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.report.chart.Chart;

class HtmlReportTest {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private static Map<String, Chart> charts;
  /** Rendering eleven charts takes seconds; render each variant once for all tests. */
  private static String pngHtml;
  private static String svgHtml;

  @BeforeAll
  static void renderOnce() {
    charts = SampleData.everyChart();
    pngHtml = SampleData.sampleReport(ImageEmbedding.PNG, charts).toHtml();
    svgHtml = SampleData.sampleReport(ImageEmbedding.SVG, charts).toHtml();
  }

  @Test
  void escapesMarkupAndQuotes() {
    assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;",
        Html.escape(SampleData.HOSTILE));
    assertEquals("", Html.escape(null));
    assertEquals("a\uFFFDb", Html.escape("a\u0000b"));
    assertEquals("line\nbreak \u00e9 \ud55c", Html.escape("line\nbreak \u00e9 \ud55c"));
  }

  @Test
  void hostileNamesNeverBecomeMarkup() {
    String html = pngHtml;
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element at all");
    assertFalse(html.contains("<b>at sea"), "category names are text, not markup");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    // The hostile text appears in title, subtitle, paragraph, manifest and table, all escaped.
    assertTrue(countOf(html, "&lt;script&gt;") >= 5);
  }

  @Test
  void isSelfContained() {
    String html = pngHtml;
    // Every src and href is inline data or an in-page anchor; nothing is fetched.
    Matcher refs = Pattern.compile("(?i)(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
    int images = 0;
    while (refs.find()) {
      String url = refs.group(2);
      assertTrue(url.startsWith("data:") || url.startsWith("#"), "external reference: " + url);
      if (url.startsWith("data:image/png;base64,")) {
        images++;
      }
    }
    assertEquals(charts.size(), images, "one inline image per figure");
    assertFalse(html.contains("@import") || html.contains("url("), "no CSS fetches");
    assertTrue(html.contains("Content-Security-Policy"));
  }

  @Test
  void tenChartReportStaysWellUnderThreeMegabytes() {
    int size = pngHtml.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(charts.size() >= 10, "the sample has at least ten charts");
    assertTrue(size < 3_000_000, "PNG report is " + size + " bytes");
    // "Well under": leave room for reports with more data than the sample.
    assertTrue(size < 2_000_000, "PNG report is " + size + " bytes");

    int svgSize = svgHtml.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(svgSize < 3_000_000, "SVG report is " + svgSize + " bytes");
  }

  @Test
  void svgEmbeddingInlinesSvgImages() {
    String html = svgHtml;
    assertEquals(charts.size(), countOf(html, "src=\"data:image/svg+xml;base64,"));
    assertEquals(0, countOf(html, "data:image/png"));
  }

  @Test
  void writesHtmlAndEveryFigureAsPngAndSvg(@TempDir Path dir) throws Exception {
    HtmlReport report = SampleData.sampleReport(ImageEmbedding.PNG, charts);
    WrittenReport written = report.writeTo(dir);

    assertEquals(dir.resolve(HtmlReport.HTML_FILE), written.html());
    assertEquals(charts.size(), written.pngFiles().size());
    assertEquals(charts.size(), written.svgFiles().size());
    for (Path png : written.pngFiles()) {
      byte[] bytes = Files.readAllBytes(png);
      assertTrue(bytes.length > 1000, png.toString());
      assertEquals((byte) 0x89, bytes[0], "PNG signature in " + png);
      assertTrue(png.getFileName().toString().matches("fig\\d\\d-[a-z0-9-]+\\.png"), png.toString());
    }
    for (Path svg : written.svgFiles()) {
      ChartBuildersTest.parseXml(Files.readString(svg));
    }
    String html = Files.readString(written.html());
    assertTrue(html.contains("href=\"figures/fig01-"), "links the separate files");
  }

  @Test
  void structureHasNumberedFiguresTablesAndContents() {
    String html = pngHtml;
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    for (int i = 1; i <= charts.size(); i++) {
      assertTrue(html.contains("<b>Figure " + i + ".</b>"), "figure " + i);
    }
    assertTrue(html.contains("<caption>Table 1. Futures</caption>"));
    assertTrue(html.contains("<nav aria-label=\"Contents\">"));
    assertTrue(html.contains("<td class=\"num\">412</td>"), "numbers are right-aligned");
    assertTrue(html.contains("<td class=\"num\">0.412</td>"), "doubles get 4 significant digits");
    assertTrue(html.contains("<th scope=\"row\">Runs</th><td>1000</td>"), "manifest row");
    assertTrue(html.contains("alt=\"Futures after 10 years. Status quo is the most common"));
  }

  @Test
  void rejectsRaggedTables() {
    assertThrows(IllegalArgumentException.class, () -> DataTable.of("t", List.of("a", "b"),
        List.of(List.of(1))));
  }

  @Test
  void formatsCells() {
    assertEquals("0.1235", DataTable.format(0.123456));
    assertEquals("1235000", DataTable.format(1234567.0));
    assertEquals("0", DataTable.format(0.0));
    assertEquals("NaN", DataTable.format(Double.NaN));
    assertEquals("", DataTable.format(null));
    assertTrue(DataTable.looksNumeric("-1,234.5"));
    assertTrue(DataTable.looksNumeric("42%"));
    assertFalse(DataTable.looksNumeric("12 runs"));
  }

  @Test
  void emptyReportIsStillValid() throws IOException {
    String html = HtmlReport.builder("Nothing yet").build().toHtml();
    assertTrue(html.contains("<h1>Nothing yet</h1>"));
    assertFalse(html.contains("<nav"));
  }

  private static int countOf(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
