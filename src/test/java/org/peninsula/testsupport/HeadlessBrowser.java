package org.peninsula.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests (reports now, the classroom web game later), driven through
 * Debian's chromedriver. Never uses Selenium Manager: both binaries are given explicitly, because
 * the build machines cannot download browsers. Usage:
 *
 * <pre>{@code
 * try (HeadlessBrowser browser = HeadlessBrowser.startOrSkip()) {
 *   browser.open(htmlFile);
 *   assertEquals(List.of(), browser.severeConsoleErrors());
 *   assertEquals(List.of(), browser.brokenImages());
 *   browser.screenshot(tempDir.resolve("page.png"));
 * }
 * }</pre>
 *
 * <p>Binary locations can be overridden with the system properties {@code peninsula.chromium} and
 * {@code peninsula.chromedriver}.
 */
public final class HeadlessBrowser implements AutoCloseable {

  public static final Path CHROMIUM =
      Path.of(System.getProperty("peninsula.chromium", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER =
      Path.of(System.getProperty("peninsula.chromedriver", "/usr/bin/chromedriver"));

  /** Flags for a quiet, reproducible, offline-friendly browser in a container. */
  public static final List<String> FLAGS = List.of(
      "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync");

  private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  /*
   * Selenium 4.27 knows CDP only up to a version older than Debian's Chromium and warns about it
   * on every start; these tests never use CDP, so the warning is noise. A strong reference keeps
   * java.util.logging from forgetting the level.
   */
  private static final Logger CDP_LOGGER = Logger.getLogger("org.openqa.selenium.devtools");
  private static final Logger CHROMIUM_LOGGER =
      Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver");

  static {
    CDP_LOGGER.setLevel(Level.SEVERE);
    CHROMIUM_LOGGER.setLevel(Level.SEVERE);
  }

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path userDataDir;
  private final List<LogEntry> consoleLog = new ArrayList<>();
  private final List<Request> requests = new ArrayList<>();

  /** A request the browser sent: its URL and its headers as DevTools reported them. */
  public record Request(String url, Map<String, String> headers) {
    /** The URL and every header, for searching a secret in everything the request carried. */
    public String everything() {
      return url + "\n" + headers;
    }
  }

  private HeadlessBrowser(ChromeDriverService service, ChromeDriver driver, Path userDataDir) {
    this.service = service;
    this.driver = driver;
    this.userDataDir = userDataDir;
  }

  /** Why the browser cannot run here, or empty if both binaries are present and executable. */
  public static Optional<String> unavailableReason() {
    List<String> problems = new ArrayList<>();
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(binary)) {
        problems.add(binary + " is missing or not executable");
      }
    }
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(String.join("; ", problems)
        + " (install the Debian packages chromium and chromium-driver, e.g. with"
        + " 'bash .ci/setup-browser' as root)");
  }

  /** True when running in continuous integration, where a missing browser is a failure. */
  public static boolean inCi() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
  }

  /** The system property that makes a missing browser a failure (.ci/run sets it). */
  public static final String REQUIRED_PROPERTY = "peninsula.browsers.required";

  /**
   * True when a browser test must run rather than be skipped: in CI, or when
   * {@value #REQUIRED_PROPERTY} is true ({@code ./mvnw verify -Dbrowsers.required=true}).
   */
  public static boolean required() {
    return inCi() || Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY, "false"));
  }

  /**
   * Starts the browser with an 1280x900 window. If the binaries are missing, the calling test
   * fails when browsers are {@link #required()}, and is skipped (aborted) otherwise.
   */
  public static HeadlessBrowser startOrSkip() {
    return startOrSkip(1280, 900);
  }

  public static HeadlessBrowser startOrSkip(int width, int height) {
    refuseToSkip(unavailableReason(), required());
    return start(width, height);
  }

  /** Fails (required) or aborts (not required) the calling test when a browser is missing. */
  static void refuseToSkip(Optional<String> missing, boolean required) {
    if (missing.isPresent()) {
      if (required) {
        Assertions.fail("Headless browser required (CI or -D" + REQUIRED_PROPERTY
            + "=true) but unavailable: " + missing.get());
      }
      Assumptions.abort("Skipping browser test: " + missing.get());
    }
  }

  /** Starts the browser; fails with an exception if it cannot. */
  public static HeadlessBrowser start(int width, int height) {
    Path profile;
    try {
      profile = Files.createTempDirectory("peninsula-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=" + width + "," + height, "--hide-scrollbars", "--lang=en-US");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    // DevTools network events (every request the page makes, with its headers): see requests().
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);

    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogFile(profile.resolve("chromedriver.log").toFile())
        .build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(PAGE_TIMEOUT);
      driver.manage().window().setSize(new Dimension(width, height));
      return new HeadlessBrowser(service, driver, profile);
    } catch (RuntimeException e) {
      service.stop();
      deleteRecursively(profile);
      throw e;
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(Path file) {
    open(file.toAbsolutePath().toUri());
  }

  /**
   * Loads the page and waits until it and all its images have finished loading. Console
   * messages of earlier pages are discarded, so the checks below are per page.
   */
  public void open(URI uri) {
    drainLog();
    consoleLog.clear();
    driver.get(uri.toString());
    new WebDriverWait(driver, PAGE_TIMEOUT).until(d -> Boolean.TRUE.equals(script(
        "return document.readyState === 'complete'"
            + " && Array.from(document.images).every(i => i.complete);")));
  }

  public Object script(String javascript, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(javascript, args);
  }

  /** Every console message of the current page, as "LEVEL message". */
  public List<String> consoleMessages() {
    drainLog();
    return consoleLog.stream().map(e -> e.getLevel() + " " + e.getMessage()).toList();
  }

  /** Console messages at level SEVERE (JavaScript errors, failed loads, CSP violations). */
  public List<String> severeConsoleErrors() {
    drainLog();
    return consoleLog.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
  }

  /**
   * Every request the browser has sent since it started (page loads, scripts, fetches, event
   * streams, images), from Chrome's DevTools performance log, in order.
   */
  public List<Request> requests() {
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode message = JSON.readTree(entry.getMessage()).path("message");
        String method = message.path("method").asText();
        if (!method.equals("Network.requestWillBeSent")
            && !method.equals("Network.requestWillBeSentExtraInfo")) {
          continue;
        }
        JsonNode params = message.path("params");
        JsonNode request = params.path("request");
        String url = request.path("url").asText(params.path("documentURL").asText(""));
        JsonNode headers = request.isMissingNode() ? params.path("headers") : request.path("headers");
        Map<String, String> h = new java.util.LinkedHashMap<>();
        headers.fields().forEachRemaining(e -> h.put(e.getKey(), e.getValue().asText()));
        requests.add(new Request(url, h));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(requests);
  }

  /** Lays the page out for print (true) or for the screen (false), as DevTools emulates it. */
  public void emulatePrintMedia(boolean print) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
  }

  /** Images of the current page that did not load or decode; each as a shortened src. */
  @SuppressWarnings("unchecked")
  public List<String> brokenImages() {
    Object result = script("return Array.from(document.images)"
        + ".filter(i => !(i.complete && i.naturalWidth > 0))"
        + ".map(i => (i.getAttribute('src') || '').substring(0, 80));");
    return List.copyOf((List<String>) result);
  }

  public long imageCount() {
    return ((Number) script("return document.images.length;")).longValue();
  }

  /** PNG of the visible viewport. */
  public byte[] screenshot() {
    return driver.getScreenshotAs(OutputType.BYTES);
  }

  public Path screenshot(Path file) {
    return write(file, screenshot());
  }

  /**
   * PNG of the whole page: grows the window to the document height (capped), shoots, restores.
   */
  public Path fullPageScreenshot(Path file, int maxHeight) {
    Dimension before = driver.manage().window().getSize();
    long height = ((Number) script(
        "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);"))
        .longValue();
    int target = (int) Math.min(maxHeight, Math.max(height + 120, before.getHeight()));
    try {
      driver.manage().window().setSize(new Dimension(before.getWidth(), target));
      return write(file, screenshot());
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteRecursively(userDataDir);
    }
  }

  private void drainLog() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      consoleLog.add(entry);
    }
  }

  private static Path write(Path file, byte[] png) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // Chromium may still be flushing its profile; a stale temp dir is harmless.
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // Same as above: best effort.
    }
  }

  /** For error messages: the tail of chromedriver's log, which says why a start failed. */
  public String driverLogTail() {
    Path log = userDataDir.resolve("chromedriver.log");
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no chromedriver log: " + e.getMessage() + ")";
    }
  }

  @Override
  public String toString() {
    return "HeadlessBrowser" + Map.of("chromium", CHROMIUM, "driver", CHROMEDRIVER);
  }
}
