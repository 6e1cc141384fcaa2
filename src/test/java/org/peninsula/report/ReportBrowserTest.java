package org.peninsula.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.report.chart.Chart;
import org.peninsula.testsupport.HeadlessBrowser;

/**
 * Opens a sample report with every chart type in headless Chromium: the page must load without
 * console errors (a CSP violation would be one) and every figure must decode. Screenshots are
 * copied to target/report-browser-test/ for a human look.
 */
class ReportBrowserTest {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private static final Path REVIEW = Path.of("target", "report-browser-test");

  private static HeadlessBrowser browser;
  private static Map<String, Chart> charts;

  @BeforeAll
  static void startBrowser() {
    browser = HeadlessBrowser.startOrSkip(1280, 900);
    charts = SampleData.everyChart();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void sampleReportRendersInChromium(@TempDir Path dir) throws Exception {
    WrittenReport written = SampleData.sampleReport(ImageEmbedding.PNG, charts).writeTo(dir);
    assertRendersCleanly(written.html(), "png");
  }

  @Test
  void svgEmbeddedReportRendersInChromium(@TempDir Path dir) throws Exception {
    // Only the HTML: the separate files are the same as in the PNG variant.
    Path html = Files.writeString(dir.resolve("report.html"),
        SampleData.sampleReport(ImageEmbedding.SVG, charts).toHtml());
    assertRendersCleanly(html, "svg");
  }

  /** The report's Content-Security-Policy stops any external load, and the check notices. */
  @Test
  void contentSecurityPolicyBlocksExternalImages(@TempDir Path dir) throws Exception {
    String html = HtmlReport.builder("CSP probe").figure(charts.get("futures"), "one chart")
        .build().toHtml()
        // 198.51.100.0/24 is reserved for documentation; CSP refuses before any request.
        .replace("</main>", "<img src=\"http://198.51.100.7/x.png\" alt=\"x\"></main>");
    Path page = Files.writeString(dir.resolve("csp.html"), html);
    browser.open(page);
    assertEquals(1, browser.brokenImages().size(), "the external image is blocked");
    List<String> severe = browser.severeConsoleErrors();
    assertTrue(severe.stream().anyMatch(m -> m.contains("Content Security Policy")),
        "CSP violation is reported: " + severe);
  }

  private static void assertRendersCleanly(Path html, String tag) throws Exception {
    browser.open(html);

    assertEquals(charts.size(), browser.imageCount(), "figures on the page");
    assertEquals(List.of(), browser.brokenImages(), "images that failed to load");
    assertEquals(List.of(), browser.severeConsoleErrors(), "SEVERE console messages");
    Object title = browser.script("return document.title;");
    assertTrue(String.valueOf(title).startsWith("Peninsula report"), "title: " + title);
    Object scripts = browser.script("return document.scripts.length;");
    assertEquals(0L, ((Number) scripts).longValue(), "hostile names must not create scripts");

    Path shot = browser.screenshot(html.resolveSibling("viewport.png"));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(shot)));
    assertTrue(image.getWidth() > 100 && image.getHeight() > 100, "screenshot decodes");
    Path full = browser.fullPageScreenshot(html.resolveSibling("full.png"), 16_000);
    assertTrue(Files.size(full) > 10_000, "full-page screenshot is not empty");

    Files.createDirectories(REVIEW);
    Files.copy(shot, REVIEW.resolve(tag + "-viewport.png"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(full, REVIEW.resolve(tag + "-full.png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
