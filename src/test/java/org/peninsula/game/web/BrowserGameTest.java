package org.peninsula.game.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peninsula.testsupport.HeadlessBrowser;

/**
 * The classroom game in real browsers (Debian's headless Chromium): the teacher creates a game,
 * two students join and pick South Korea and North Korea (one on a phone-sized screen), bots take
 * the other three seats, three turns are played with an inject, and the outcome appears on every
 * screen without a reload. Screenshots of the teacher's and a student's screens are checked.
 * Set {@code -Dpeninsula.docs.screenshot=docs/classroom-teacher.png} to also save the README's
 * screenshot, and {@code -Dpeninsula.screenshots=DIR} to keep the screenshots.
 */
class BrowserGameTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path data;
  @TempDir Path shots;

  @Test
  @Timeout(300)
  void aClassPlaysThreeTurnsInTheirBrowsers() throws Exception {
    // Small ensembles: the browser test checks the pages, not the statistics.
    System.setProperty("peninsula.odds.runs", "300");
    System.setProperty("peninsula.debrief.runs", "300");
    System.setProperty("peninsula.debrief.counterfactualRuns", "100");
    try (GameFixture f = new GameFixture(data);
        HeadlessBrowser teacher = HeadlessBrowser.startOrSkip(1280, 900);
        HeadlessBrowser ana = HeadlessBrowser.startOrSkip(1100, 900);
        HeadlessBrowser bo = HeadlessBrowser.startOrSkip(412, 915)) {
      String base = f.server.localUrl();

      // The teacher creates the game.
      teacher.open(URI.create(f.server.teacherLoginUrl()));
      WebDriver t = teacher.driver();
      waitFor(t, ExpectedConditions.visibilityOfElementLocated(By.id("create-form")));
      waitFor(t, d -> new Select(d.findElement(By.id("scenario"))).getOptions().size() > 1);
      new Select(t.findElement(By.id("scenario"))).selectByValue(GameFixture.SCENARIO);
      new Select(t.findElement(By.id("turn-months"))).selectByValue("3");
      type(t, "turns", "3");
      type(t, "seed", "7");
      t.findElement(By.id("create")).click();
      waitFor(t, d -> !d.findElement(By.id("join-code")).getText().isBlank());
      String code = t.findElement(By.id("join-code")).getText();

      // Two students join with the code and pick their countries; no one reloads a page.
      join(ana, base, code, "Ana", "ROK");
      join(bo, base, code, "<b>Bo</b>", "DPRK");
      waitFor(t, d -> d.findElement(By.id("participants")).getText().contains("(DPRK)"));
      WebElement people = t.findElement(By.id("participants"));
      assertTrue(people.getText().contains("<b>Bo</b> (DPRK)"), "names are shown as text");
      assertTrue(people.findElements(By.tagName("b")).isEmpty(), "and never as markup");
      for (String bot : List.of("USA", "CHN", "RUS")) {
        assertEquals("bot", new Select(t.findElement(By.cssSelector(
            "select.assign[data-country='" + bot + "']"))).getFirstSelectedOption().getText());
      }
      WebDriver a = ana.driver();
      WebDriver b = bo.driver();
      assertTrue(a.findElement(By.id("briefing")).getText().contains("Briefing: South Korea"));
      assertTrue(b.findElement(By.id("briefing")).getText().contains("Briefing: North Korea"));
      assertEquals(9, b.findElements(By.cssSelector("#briefing dt")).size(), "DPRK's moves");
      assertTrue(b.findElement(By.id("briefing")).getText().contains("ICBM_TEST"));

      // The odds before the first turn: the scenario's own, on every screen.
      for (WebDriver s : List.of(t, a, b)) {
        waitFor(s, d -> d.findElement(By.id("odds-status")).getText()
            .contains("Turn 1: the scenario\u2019s odds, 300 runs"));
      }

      // Turn 1.
      click(t, By.id("start"));
      decide(a, "ENGAGE_NORTH");
      decide(b, "ACCEPT_TALKS");
      waitFor(t, d -> d.findElement(By.id("waiting-for")).getText()
          .contains("Every player has decided"));
      advance(t, 2);

      // Turn 2, with the teacher's inject announced to the students before they decide.
      new Select(t.findElement(By.id("inject-select"))).selectByValue("ICBM_TEST");
      click(t, By.id("inject"));
      for (WebDriver s : List.of(a, b)) {
        waitFor(s, d -> d.findElement(By.id("breaking")).isDisplayed()
            && d.findElement(By.id("breaking")).getText().contains("ICBM"));
        waitFor(s, d -> d.findElement(By.id("news-body")).getText().contains("played by"));
      }
      // The odds from the class's new position, with how they moved and why.
      for (WebDriver s : List.of(a, b)) {
        waitFor(s, d -> d.findElement(By.id("odds-status")).getText()
            .contains("Turn 2: the odds from here, 300 runs"));
        String odds = text(s, By.id("odds-body"));
        assertTrue(odds.contains("War risk ") && odds.contains("\u2192"), odds);
        assertEquals(5, s.findElements(By.cssSelector("#odds-body tr[data-future]")).size());
      }
      String news = text(a, By.id("news-body"));
      assertTrue(news.contains("ENGAGE_NORTH") && news.contains("played by Ana"), news);
      assertTrue(news.contains("played by <b>Bo</b>"), news);
      assertTrue(news.contains("for: "), "the bots' reasons: " + news);
      decide(a, "ALIGN_WITH_US");
      decide(b, "MISSILE_TEST");
      decide(b, "BORDER_PROVOCATION");   // changed his mind
      waitFor(t, d -> d.findElement(By.id("waiting-for")).getText()
          .contains("Every player has decided"));
      saveDocsScreenshot(teacher, shots);
      Path midGame = System.getProperty("peninsula.screenshots") == null ? shots
          : Path.of(System.getProperty("peninsula.screenshots"));
      bo.fullPageScreenshot(midGame.resolve("student-phone-turn2.png"), 6000);
      advance(t, 3);

      // Turn 3: Bo does not decide and holds; the teacher closes the last turn.
      waitFor(b, d -> d.findElement(By.id("odds-status")).getText().contains("Turn 3"));
      decide(a, "ENGAGE_RUSSIA");
      waitFor(t, d -> d.findElement(By.id("waiting-for")).getText().contains("DPRK"));
      click(t, By.id("advance"));

      // The outcome appears on every screen.
      String future = null;
      for (WebDriver s : List.of(t, a, b)) {
        waitFor(s, d -> d.findElement(By.id("outcome")).isDisplayed());
        String shown = text(s, By.id("future"));
        assertFalse(shown.isBlank());
        if (future == null) {
          future = shown;
        }
        assertEquals(future, shown, "the same outcome on every screen");
        assertTrue(text(s, By.id("status")).contains("game over"));
      }
      String lastNews = text(b, By.id("news-body"));
      assertTrue(lastNews.contains("DPRK HOLD"), "Bo held: " + lastNews);

      // Screenshots: the teacher's console (projector) and a student's phone.
      Path dir = System.getProperty("peninsula.screenshots") == null ? shots
          : Path.of(System.getProperty("peninsula.screenshots"));
      Path teacherShot = teacher.fullPageScreenshot(dir.resolve("teacher.png"), 4000);
      Path studentShot = bo.fullPageScreenshot(dir.resolve("student-phone.png"), 6000);
      ana.fullPageScreenshot(dir.resolve("student-desktop.png"), 4000);
      checkScreenshot(teacherShot, 1000);
      checkScreenshot(studentShot, 300);
      assertTrue(t.findElement(By.id("join-code")).isDisplayed());
      assertTrue(t.findElement(By.id("seats")).isDisplayed());
      assertTrue(b.findElement(By.id("country-name")).getText().equals("North Korea"));
      assertTrue(b.findElement(By.id("outcome")).isDisplayed());
      long phoneOverflow = ((Number) bo.script("return document.documentElement.scrollWidth"
          + " - document.documentElement.clientWidth;")).longValue();
      assertTrue(phoneOverflow <= 0, "the phone page does not scroll sideways: " + phoneOverflow);
      for (HeadlessBrowser browser : List.of(teacher, ana, bo)) {
        assertEquals(List.of(), browser.severeConsoleErrors(), "no errors in the console");
      }

      // The teacher asks what if North Korea had held in turn 1, next to what happened.
      type(t, "whatif-turn", "1");
      new Select(t.findElement(By.id("whatif-country"))).selectByValue("DPRK");
      new Select(t.findElement(By.id("whatif-action"))).selectByValue("HOLD");
      click(t, By.id("whatif-run"));
      waitFor(t, d -> d.findElement(By.id("whatif-result")).getText()
          .contains("DPRK played ACCEPT_TALKS; what if HOLD?"));
      assertEquals(5, t.findElements(By.cssSelector("#whatif-result tr[data-future]")).size());
      assertTrue(t.findElement(By.id("debrief")).isEnabled());

      // The debrief: linked for the students, one self-contained page with its charts.
      WebElement link = waitFor(b, d -> {
        WebElement e = d.findElement(By.id("debrief-link"));
        return e.isDisplayed() ? e : null;
      });
      URI debrief = URI.create(link.getAttribute("href"));
      ana.open(debrief);
      assertTrue(ana.driver().getTitle().contains("Debrief"), ana.driver().getTitle());
      assertTrue(ana.imageCount() >= 5, "charts: " + ana.imageCount());
      assertEquals(List.of(), ana.brokenImages(), "every chart loads");
      assertEquals(List.of(), ana.severeConsoleErrors(), "no errors on the debrief page");
      String page = ana.driver().findElement(By.tagName("body")).getText();
      assertTrue(page.contains("The class reached") && page.contains("percentile"), page);
      ana.fullPageScreenshot(dir.resolve("debrief.png"), 8000);
      ApiClient.Response download = f.api.call("GET", "/api/games/" + code
          + "/debrief.html?download=1", f.key, null);
      assertEquals(200, download.status());
      assertTrue(download.text().startsWith("<!DOCTYPE html>")
          || download.text().startsWith("<!doctype html>"), download.text().substring(0, 40));
    } finally {
      System.clearProperty("peninsula.odds.runs");
      System.clearProperty("peninsula.debrief.runs");
      System.clearProperty("peninsula.debrief.counterfactualRuns");
    }
  }

  private static void join(HeadlessBrowser browser, String base, String code, String name,
      String country) {
    browser.open(URI.create(base + "/"));
    WebDriver d = browser.driver();
    type(d, "code", code);
    type(d, "name", name);
    d.findElement(By.id("join")).click();
    waitFor(d, x -> x.findElement(By.id("pick")).isDisplayed());
    click(d, By.cssSelector("button.pick[data-country='" + country + "']"));
    waitFor(d, x -> x.findElement(By.id("briefing")).isDisplayed());
  }

  private static void decide(WebDriver d, String action) {
    click(d, By.cssSelector("button.move[data-action='" + action + "']"));
    waitFor(d, x -> x.findElement(By.id("decision")).getText().contains("Your decision: "
        + action + " (stored)"));
  }

  /** The text of an element that may be re-rendered by a live update at any moment. */
  private static String text(WebDriver d, By by) {
    return waitFor(d, x -> x.findElement(by).getText());
  }

  /** Clicks an element that may be re-rendered by a live update at any moment. */
  private static void click(WebDriver d, By by) {
    waitFor(d, x -> {
      WebElement e = x.findElement(by);
      if (!e.isDisplayed() || !e.isEnabled()) {
        return false;
      }
      e.click();
      return true;
    });
  }

  private static void advance(WebDriver t, int nextTurn) {
    click(t, By.id("advance"));
    waitFor(t, d -> d.findElement(By.id("turn")).getText().startsWith("Turn " + nextTurn));
  }

  private static void type(WebDriver d, String id, String text) {
    WebElement e = d.findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }

  private static <T> T waitFor(WebDriver d, java.util.function.Function<WebDriver, T> until) {
    return new WebDriverWait(d, WAIT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
        .until(until::apply);
  }

  private static void checkScreenshot(Path png, int minWidth) throws IOException {
    BufferedImage img = ImageIO.read(png.toFile());
    assertTrue(img != null && img.getWidth() >= minWidth && img.getHeight() > 300,
        png + " is a real screenshot");
    int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    long distinct = java.util.Arrays.stream(px).limit(200_000).distinct().count();
    assertTrue(distinct > 50, png + " is not blank (" + distinct + " colours)");
  }

  /** The README's screenshot, when asked for: the console mid-game, small enough to commit. */
  private static void saveDocsScreenshot(HeadlessBrowser teacher, Path tmp) throws IOException {
    String target = System.getProperty("peninsula.docs.screenshot");
    if (target == null || target.isBlank()) {
      return;
    }
    BufferedImage page = ImageIO.read(teacher.fullPageScreenshot(tmp.resolve("docs.png"), 4000)
        .toFile());
    BufferedImage full = page.getSubimage(0, 0, page.getWidth(),
        Math.min(page.getHeight(), 1560));
    int w = full.getWidth() * 6 / 10;
    int h = full.getHeight() * 6 / 10;
    BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = small.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
        RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(full, 0, 0, w, h, null);
    g.dispose();
    Path out = Path.of(target);
    Files.createDirectories(out.toAbsolutePath().getParent());
    ImageIO.write(small, "png", out.toFile());
  }
}
