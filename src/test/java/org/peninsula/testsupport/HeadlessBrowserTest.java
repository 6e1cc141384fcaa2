package org.peninsula.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The helper's checks must be able to fail: a page with known faults is caught. */
class HeadlessBrowserTest {

  /** A 1x1 transparent PNG. */
  private static final String GOOD_PNG = "data:image/png;base64,"
      + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

  @Test
  void detectsConsoleErrorsAndBrokenImages(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("faulty.html"), """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>faulty</title>
        <link rel="icon" href="data:,"></head><body>
        <img id="good" src="%s" alt="good">
        <img id="bad" src="data:image/png;base64,AAAA" alt="bad">
        <script>console.error('boom from test'); console.log('just info');</script>
        </body></html>
        """.formatted(GOOD_PNG));
    try (HeadlessBrowser browser = HeadlessBrowser.startOrSkip(800, 600)) {
      browser.open(page);
      assertEquals(2, browser.imageCount());
      List<String> broken = browser.brokenImages();
      assertEquals(1, broken.size(), "the undecodable image: " + broken);
      assertTrue(broken.get(0).startsWith("data:image/png;base64,AAAA"));
      List<String> severe = browser.severeConsoleErrors();
      assertTrue(severe.stream().anyMatch(m -> m.contains("boom from test")), "got " + severe);
      assertTrue(severe.stream().noneMatch(m -> m.contains("just info")), "info is not severe");
      assertTrue(browser.consoleMessages().stream().anyMatch(m -> m.contains("just info")));
      byte[] png = browser.screenshot();
      assertTrue(png.length > 100 && png[0] == (byte) 0x89, "screenshot is a PNG");
    }
  }

  @Test
  void aMissingBrowserFailsWhenBrowsersAreRequiredAndSkipsOtherwise() {
    Optional<String> missing = Optional.of("no chromium");
    assertThrows(AssertionFailedError.class,
        () -> HeadlessBrowser.refuseToSkip(missing, true));
    assertThrows(TestAbortedException.class,
        () -> HeadlessBrowser.refuseToSkip(missing, false));
    HeadlessBrowser.refuseToSkip(Optional.empty(), true); // present: nothing to refuse
  }
}
