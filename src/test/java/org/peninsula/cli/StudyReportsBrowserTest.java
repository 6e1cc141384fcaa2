package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.testsupport.HeadlessBrowser;

/**
 * The reports of compare, sensitivity (Morris and Sobol) and discover open in headless Chromium
 * without console errors, with every chart image loaded; a screenshot of each is taken.
 */
class StudyReportsBrowserTest {
  @TempDir static Path tmp;
  private static Path tiny;
  private static HeadlessBrowser browser;

  @BeforeAll
  static void setUp() throws IOException {
    String s = "extends: " + Path.of("scenarios/sanctions-sensitivity.yaml").toAbsolutePath()
        + "\nname: tiny-sanctions\nhorizonMonths: 24\n";
    tiny = tmp.resolve("tiny-sanctions.yaml");
    Files.writeString(tiny, s);
    browser = HeadlessBrowser.startOrSkip(1280, 900);
  }

  @AfterAll
  static void tearDown() {
    if (browser != null) {
      browser.close();
    }
  }

  private static Path report(String out, String... args) throws IOException {
    String[] all = Stream.concat(Stream.of(args), Stream.of("--threads", "2", "--out",
        tmp.resolve(out).toString())).toArray(String[]::new);
    CommandRunner.Result r = CommandRunner.run(all);
    assertEquals(0, r.exitCode(), r.err());
    try (Stream<Path> files = Files.walk(tmp.resolve(out))) {
      return files.filter(p -> p.getFileName().toString().equals("report.html")).findFirst()
          .orElseThrow();
    }
  }

  private static void assertRenders(Path html, String name) {
    browser.open(html);
    assertEquals(List.of(), browser.severeConsoleErrors(), name);
    assertEquals(List.of(), browser.brokenImages(), name);
    assertTrue(browser.imageCount() >= 1, name + " has charts");
    Path shot = browser.screenshot(tmp.resolve(name + ".png"));
    assertTrue(shot.toFile().length() > 10_000, name + " screenshot is not blank");
  }

  @Test
  void compareReportRenders() throws IOException {
    assertRenders(report("compare", "compare", "scenarios/engagement.yaml",
        "scenarios/maximum-pressure.yaml", "--runs", "100", "--bootstrap", "100"), "compare");
  }

  @Test
  void sensitivityReportsRender() throws IOException {
    assertRenders(report("morris", "sensitivity", tiny.toString(), "--method", "morris",
        "--samples", "4", "--replications", "3", "--outcome", "peakTension"), "morris");
    assertRenders(report("sobol", "sensitivity", tiny.toString(), "--method", "sobol",
        "--samples", "16", "--replications", "2", "--outcome", "peakTension"), "sobol");
  }

  @Test
  void discoverReportRenders() throws IOException {
    assertRenders(report("prim", "discover", tiny.toString(), "--outcome", "peakTension",
        "--samples", "40", "--replications", "3"), "discover");
  }
}
