package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.testsupport.HeadlessBrowser;

/**
 * The reports of {@code run} and {@code trace --html}: written where promised, self-contained,
 * and rendered by headless Chromium without console errors and with every image decoded.
 * Screenshots go to target/run-report-test/ for a human look.
 */
class RunReportTest {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private static final Path REVIEW = Path.of("target", "run-report-test");
  /** Charts of a baseline run report: futures, 4 fans, 11 histograms, 4 drawn parameters. */
  private static final int FIGURES = 20;

  private static HeadlessBrowser browser;

  @TempDir Path tmp;

  @BeforeAll
  static void reviewFolder() throws IOException {
    Files.createDirectories(REVIEW);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static HeadlessBrowser browser() {
    if (browser == null) {
      browser = HeadlessBrowser.startOrSkip(1280, 900);
    }
    return browser;
  }

  static Path batchDir(Path parent) throws IOException {
    return RunCommandTest.batchDir(parent);
  }

  private static long files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).count();
    }
  }

  @Test
  void runWritesAReportThatRendersInChromium() throws Exception {
    RunCommandTest.Ran r = RunCommandTest.run("run", "--runs", "400", "--seed", "5", "--out",
        tmp.toString());
    assertEquals(0, r.code(), r.err());
    Path dir = batchDir(tmp);
    Path html = dir.resolve("report.html");
    assertTrue(r.out().contains("Report:  " + html), r.out());
    assertEquals(FIGURES, files(dir.resolve("figures"), ".png"));
    assertEquals(FIGURES, files(dir.resolve("figures"), ".svg"));
    String page = Files.readString(html);
    for (String expected : List.of("Futures after 15 years", "Tension over time",
        "Russia&#39;s standing", "Peak tension", "Military clashes", "Missile tests",
        "Russia&#39;s aim 1", "Final sanctions pressure", "Scenario parameters", "rinna-2021",
        "triangular(min 0.6, mode 0.75, max 0.9)", "Master seed", "Engine",
        "Drawn: actors.USA.pressure",
        "from 2021-03")) {
      assertTrue(page.contains(expected) || page.contains(expected.replace("&#39;", "'")),
          "report mentions " + expected);
    }
    assertFalse(page.contains("<script"), "no scripts");

    HeadlessBrowser b = browser();
    b.open(html);
    assertEquals(List.of(), b.severeConsoleErrors());
    assertEquals(List.of(), b.brokenImages());
    assertEquals(FIGURES, b.imageCount());
    Path shot = b.screenshot(REVIEW.resolve("run-report-viewport.png"));
    BufferedImage img = ImageIO.read(shot.toFile());
    assertTrue(img.getWidth() > 0 && img.getHeight() > 0);
    b.fullPageScreenshot(REVIEW.resolve("run-report-full.png"), 20_000);
  }

  /**
   * A 10,000-run baseline report stays small enough to mail: under 3 MB. (The figures are the
   * same size whatever the number of runs; only the histograms' counts change.)
   */
  @Test
  void tenThousandRunReportIsUnderThreeMegabytes() throws Exception {
    long t0 = System.nanoTime();
    RunCommandTest.Ran r = RunCommandTest.run("run", "--runs", "10000", "--out",
        tmp.toString());
    assertEquals(0, r.code(), r.err());
    long size = Files.size(batchDir(tmp).resolve("report.html"));
    System.out.printf("10,000-run baseline: report.html %,d bytes, batch and report %.1f s%n",
        size, (System.nanoTime() - t0) / 1e9);
    assertTrue(size < 3_000_000, "report.html is " + size + " bytes");
  }

  @Test
  void resumingACompleteBatchWritesItsReportAgain() throws Exception {
    assertEquals(0, RunCommandTest.run("run", "--runs", "50", "--seed", "9", "--out",
        tmp.toString()).code());
    Path dir = batchDir(tmp);
    Files.delete(dir.resolve("report.html"));
    RunCommandTest.Ran r = RunCommandTest.run("run", "--resume", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.size(dir.resolve("report.html")) > 10_000);
    assertTrue(r.out().contains("Report:"), r.out());
  }

  @Test
  void traceHtmlRendersInChromium() throws Exception {
    Path file = tmp.resolve("nested").resolve("t.html");
    RunCommandTest.Ran r = RunCommandTest.run("trace", "scenarios/un-votes-2017.yaml",
        "--seed", "7", "--html", file.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().strip().endsWith(file.toString()), r.out());
    assertEquals(1, r.out().strip().lines().count(), "only where it was written: " + r.out());
    String page = Files.readString(file);
    for (String expected : List.of("Trace: un-votes-2017, seed 7", "Tension and events",
        "Events of the run", "The five countries", "What the moves mean", "Outcomes of this run",
        "DPRK ICBM test")) {
      assertTrue(page.contains(expected), "trace page mentions " + expected);
    }
    HeadlessBrowser b = browser();
    b.open(file);
    assertEquals(List.of(), b.severeConsoleErrors());
    assertEquals(List.of(), b.brokenImages());
    assertEquals(1, b.imageCount());
    b.screenshot(REVIEW.resolve("trace-viewport.png"));
    b.fullPageScreenshot(REVIEW.resolve("trace-full.png"), 20_000);
  }

  @Test
  void traceHtmlWithoutFileWritesUnderResults() throws Exception {
    Path expected = Path.of("results", "baseline-2021", "trace-seed424242.html");
    try {
      RunCommandTest.Ran r = RunCommandTest.run("trace", "--seed", "424242", "--html");
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().strip().endsWith(expected.toString()), r.out());
      assertTrue(Files.size(expected) > 10_000);
    } finally {
      Files.deleteIfExists(expected);
    }
  }

  @Test
  void traceWithoutHtmlPrintsText() {
    RunCommandTest.Ran r = RunCommandTest.run("trace", "--seed", "7");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Peninsula trace: baseline-2021, seed 7"), r.out());
    assertFalse(r.out().contains("<html"));
  }

  @Test
  void htmlBeforeTheScenarioIsRefusedWithAHint() {
    RunCommandTest.Ran r = RunCommandTest.run("trace", "--html", "scenarios/baseline-2021.yaml");
    assertEquals(2, r.code(), r.out());
    assertTrue(r.err().contains("put --html after SCENARIO"), r.err());
  }
}
