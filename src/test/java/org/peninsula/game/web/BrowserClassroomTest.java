package org.peninsula.game.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peninsula.game.ScenarioFiles;
import org.peninsula.game.ScenarioLibrary;
import org.peninsula.testsupport.HeadlessBrowser;

/**
 * A class in real browsers, for what a real classroom needs (issue 15): the teacher signs in with
 * the one-time link and nothing secret stays in an address; the projector view shows the code,
 * the QR code, who joined, the turn and the news, and no key reaches any URL, page or request it
 * makes; a student who closes the tab comes back to the same seat and pending move (from the
 * browser's storage, and with the rejoin code on a fresh browser profile); hidden things stay
 * hidden; End game and re-seating a student who has decided ask first; the teacher sees the
 * turn's choices before Advance; move buttons keep their identity across updates; the odds stop
 * at the end; the debrief's tables fit the screen and the printed page; too many joins get a
 * friendly "try again". One server, three browsers.
 */
class BrowserClassroomTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @TempDir Path data;

  @Test
  @Timeout(300)
  void aClassroomRunsWithoutLeakingTheKeyAndStudentsComeBack() throws Exception {
    System.setProperty("peninsula.odds.runs", "100");
    System.setProperty("peninsula.debrief.runs", "100");
    System.setProperty("peninsula.debrief.counterfactualRuns", "50");
    // The real limit on joins (the last check runs into it); lookups are left generous so the
    // projector's refreshes from this one loopback address never trip them.
    ServerConfig config = new ServerConfig("127.0.0.1", 0, data,
        new ScenarioLibrary(Path.of("scenarios"), ScenarioFiles.READER))
        .withGuards(new ServerConfig.Limits(ServerConfig.Limits.DEFAULT.joinBurst(),
            ServerConfig.Limits.DEFAULT.joinsPerMinute(), 10_000, 10_000),
            System::currentTimeMillis, io.javalin.http.Context::ip);
    try (GameFixture f = new GameFixture(config);
        HeadlessBrowser teacher = HeadlessBrowser.startOrSkip(1280, 900);
        HeadlessBrowser ana = HeadlessBrowser.startOrSkip(1100, 900);
        HeadlessBrowser wall = HeadlessBrowser.startOrSkip(1280, 800)) {
      String base = f.server.localUrl();
      WebDriver t = teacher.driver();

      // ---- the teacher signs in with the one-time link; the address keeps no secret ----------
      // The teacher uses the console under another name of this machine than the students'
      // address, as a teacher on http://localhost does: the console must not show its own.
      assertTrue(base.contains("127.0.0.1"), base);
      String console = base.replace("127.0.0.1", "localhost");
      String once = f.server.teacherLoginUrl();
      String onceCode = once.substring(once.indexOf("once=") + 5);
      teacher.open(URI.create(console + "/teacher/login?once=" + onceCode));
      waitFor(t, d -> d.findElement(By.id("create-form")).isDisplayed());
      assertEquals(console + "/teacher", stripHash(t.getCurrentUrl()), "redirected to the console");
      assertFalse(t.getCurrentUrl().contains(onceCode), t.getCurrentUrl());
      Cookie session = t.manage().getCookieNamed("peninsula_teacher");
      assertTrue(session != null && session.isHttpOnly(), "the teacher's cookie is HttpOnly");
      assertEquals("Strict", session.getSameSite());
      assertEquals(null, teacher.script("return document.cookie.includes('peninsula_teacher') ? 'seen' : null;"),
          "the console's script cannot read the teacher's cookie");
      // The link works once: a second visit does not sign anyone in.
      HttpResponse<String> replay = http(base, "/teacher/login?once=" + onceCode, null);
      assertTrue(replay.headers().allValues("Set-Cookie").stream()
          .noneMatch(c -> c.startsWith("peninsula_teacher=") && !c.startsWith("peninsula_teacher=;")),
          "the one-time link is spent: " + replay.statusCode() + " " + replay.headers().map());

      // An old bookmark with a key in it: the page strips it from the address at once.
      teacher.open(URI.create(console + "/teacher?token=zzzOldSecret#key=zzzOldSecret"));
      waitFor(t, d -> d.findElement(By.id("create-form")).isDisplayed());
      assertFalse(t.getCurrentUrl().contains("zzzOldSecret"), t.getCurrentUrl());

      // A login link for a second device: shown in a dialog, good once.
      click(t, By.id("second-device"));
      String second = waitFor(t, d -> {
        String l = d.findElement(By.id("device-link")).getText();
        return d.findElement(By.id("device-dialog")).isDisplayed() && l.contains("/teacher/login?once=")
            ? l.lines().findFirst().orElseThrow().strip() : null;
      });
      HttpResponse<String> secondLogin = http(base, second.substring(second.indexOf("/teacher/")), null);
      assertEquals(303, secondLogin.statusCode(), "the second device's link signs in");
      t.findElement(By.cssSelector("#device-dialog button")).click();
      waitFor(t, d -> !d.findElement(By.id("device-dialog")).isDisplayed());

      // ---- the new-game screen: nothing hidden shows; the students' address and the warning ---
      assertEquals(List.of(), visibleHiddenElements(teacher), "elements marked hidden are not shown");
      assertFalse(t.findElement(By.id("join-code")).isDisplayed(), "no empty join-code box");
      assertFalse(t.findElement(By.id("status")).isDisplayed(), "no empty badge");
      assertTrue(t.findElement(By.id("tls-warning")).isDisplayed(), "without TLS the console warns");
      List<String> addresses = new ArrayList<>();
      JSON.readTree(http(base, "/api/server/addresses", session).body()).path("urls")
          .forEach(a -> addresses.add(a.asText()));
      assertFalse(addresses.isEmpty());
      String studentUrls = waitFor(t, d -> {
        String s = d.findElement(By.id("student-urls")).getText();
        return s.contains("\u2026") ? null : s;
      });
      assertFalse(studentUrls.contains("localhost"), "not the console's own address: " + studentUrls);
      for (String a : addresses) {
        assertTrue(studentUrls.contains(a), a + " is among the shown addresses: " + studentUrls);
      }

      // ---- a game of two turns --------------------------------------------------------------
      waitFor(t, d -> new Select(d.findElement(By.id("scenario"))).getOptions().size() > 1);
      new Select(t.findElement(By.id("scenario"))).selectByValue(GameFixture.SCENARIO);
      type(t, "turns", "2");
      type(t, "seed", "11");
      t.findElement(By.id("create")).click();
      String code = waitFor(t, d -> {
        String c = d.findElement(By.id("join-code")).getText();
        return c.isBlank() ? null : c;
      });
      assertEquals(List.of(), visibleHiddenElements(teacher), "in the lobby");

      // ---- the projector view -----------------------------------------------------------------
      String projectorHref = t.findElement(By.id("projector-link")).getAttribute("href");
      assertEquals(console + "/projector/" + code, projectorHref, "the console links to it");
      WebDriver w = wall.driver();
      // A browser that never opened the one-time link gets no console, only how to sign in.
      wall.open(URI.create(base + "/teacher"));
      waitFor(w, d -> d.findElement(By.id("login-needed")).isDisplayed());
      assertFalse(w.findElement(By.id("create-form")).isDisplayed());
      wall.open(URI.create(base + "/projector/" + code));
      waitFor(w, d -> d.findElement(By.id("big-code")).getText().equals(code));
      assertTrue(w.findElement(By.cssSelector("a.join-url")).getAttribute("href").contains(code),
          "the link has the code filled in");
      waitFor(w, d -> Boolean.TRUE.equals(wall.script(
          "const i = document.getElementById('qr-image'); return !!i && i.complete && i.naturalWidth > 0;")));
      assertEquals(List.of(), wall.brokenImages());

      // ---- Ana joins; her seat is in her browser, her rejoin code on her screen ---------------
      WebDriver a = ana.driver();
      ana.open(URI.create(base + "/"));
      type(a, "code", code);
      type(a, "name", "Ana");
      a.findElement(By.id("join")).click();
      click(a, By.cssSelector("button.pick[data-country='ROK']"));
      waitFor(a, d -> d.findElement(By.id("briefing")).isDisplayed());
      String rejoinCode = waitFor(a, d -> {
        String c = d.findElement(By.id("rejoin-code")).getText();
        return c.isBlank() ? null : c;
      });
      assertFalse(a.getCurrentUrl().contains("token"), a.getCurrentUrl());
      assertFalse(a.findElement(By.id("debrief-link")).isDisplayed(), "no debrief in the lobby");
      assertEquals(List.of(), visibleHiddenElements(ana));
      waitFor(w, d -> d.findElement(By.id("people")).getText().contains("Ana"));

      // ---- the teacher renames and removes a student, and locks the lobby ----------------------
      GameFixture.join(f.api, code, "Bo", "DPRK");
      By boRow = By.xpath("//div[@id='participants']//tr[td[@class='pname' and text()='Bo']]");
      waitFor(t, d -> d.findElement(boRow).isDisplayed());
      WebElement rename = t.findElement(boRow).findElement(By.cssSelector("input.rename-input"));
      rename.sendKeys("Bob");
      t.findElement(boRow).findElement(By.cssSelector("button.rename")).click();
      waitFor(w, d -> d.findElement(By.id("people")).getText().contains("Bob"));
      String bob = "//div[@id='participants']//tr[td[@class='pname' and text()='Bob']]";
      By bobRow = By.xpath(bob);
      click(t, By.xpath(bob + "//button[contains(@class, 'remove')]"));
      waitFor(t, d -> d.findElement(By.id("confirm-dialog")).isDisplayed());
      t.findElement(By.id("confirm-yes")).click();
      waitFor(w, d -> !d.findElement(By.id("people")).getText().contains("Bob"));
      waitFor(t, d -> d.findElements(bobRow).isEmpty());
      click(t, By.id("lock"));
      waitFor(t, d -> d.findElement(By.id("locked-note")).getText().contains("locked"));
      ApiClient.Response late = f.api.call("POST", "/api/join", null,
          Map.of("code", code, "name", "Cy"));
      assertEquals(409, late.status(), "a locked lobby takes no one new: " + late.text());

      // ---- turn 1: the teacher sees the choices and the bots' intentions before Advance -------
      click(t, By.id("start"));
      decide(a, "ENGAGE_NORTH");
      assertEquals(List.of(), visibleHiddenElements(teacher), "during play");
      assertEquals(List.of(), visibleHiddenElements(ana), "during play");
      assertFalse(a.findElement(By.id("debrief-link")).isDisplayed(), "no debrief during play");
      waitFor(t, d -> {
        String c = d.findElement(By.id("choices")).getText();
        return c.contains("ROK") && c.contains("ENGAGE_NORTH") && c.contains("USA");
      });
      WebElement usa = t.findElement(By.cssSelector("#choices tr[data-country='USA'] td.action"));
      assertFalse(usa.getText().isBlank() || usa.getText().equals("?"), "a bot's intended move");
      waitFor(w, d -> d.findElement(By.id("turn")).getText().startsWith("Turn 1 of 2"));

      // Move buttons keep their identity across live updates: an inject re-renders the page.
      WebElement align = a.findElement(By.cssSelector("button.move[data-action='ALIGN_WITH_US']"));
      ana.script("arguments[0].dataset.mark = 'same';", align);
      new Select(t.findElement(By.id("inject-select"))).selectByValue("ICBM_TEST");
      click(t, By.id("inject"));
      waitFor(a, d -> d.findElement(By.id("breaking")).isDisplayed());
      assertEquals("same", a.findElement(By.cssSelector("button.move[data-action='ALIGN_WITH_US']"))
          .getAttribute("data-mark"), "the button was updated in place, not rebuilt");
      click(t, By.id("advance"));
      waitFor(t, d -> d.findElement(By.id("turn")).getText().startsWith("Turn 2"));
      waitFor(w, d -> d.findElement(By.id("news-body")).getText().contains("ENGAGE_NORTH"));
      decide(a, "ALIGN_WITH_US");

      // ---- Ana closes her tab and comes back: same seat, same pending move ------------------
      String oldTab = a.getWindowHandle();
      a.switchTo().newWindow(WindowType.TAB);
      a.switchTo().window(oldTab).close();
      a.switchTo().window(a.getWindowHandles().iterator().next());
      ana.open(URI.create(base + "/"));
      click(a, By.cssSelector("a.resume-link[data-game]"));
      waitFor(a, d -> d.findElement(By.id("decision")).getText()
          .contains("Your decision: ALIGN_WITH_US (stored)"));
      assertEquals("South Korea", a.findElement(By.id("country-name")).getText());

      // ... and from a fresh browser profile, with the rejoin code.
      List<HeadlessBrowser.Request> projectorRequests = wall.requests();
      String projectorSource = w.getPageSource();
      wall.open(URI.create(base + "/"));
      type(w, "rejoin-game", code);
      type(w, "rejoin-code", rejoinCode);
      w.findElement(By.id("rejoin")).click();
      waitFor(w, d -> d.findElement(By.id("decision")).getText()
          .contains("Your decision: ALIGN_WITH_US (stored)"));
      assertEquals("South Korea", w.findElement(By.id("country-name")).getText());
      assertEquals("Ana", w.findElement(By.id("player-name")).getText());

      // ---- no key in any URL, page or request of the projector; none in the console's URLs ----
      List<String> secrets = new ArrayList<>(List.of(onceCode, session.getValue()));
      Path keyFile = data.resolve("teacher.key");
      if (Files.exists(keyFile)) {
        secrets.add(Files.readString(keyFile).strip());
      }
      assertFalse(projectorRequests.isEmpty(), "the request log works");
      for (HeadlessBrowser.Request r : projectorRequests) {
        for (String s : secrets) {
          assertFalse(r.everything().contains(s), "a secret in the projector's request " + r.url());
        }
        assertFalse(r.everything().contains("peninsula_teacher"), r.everything());
        assertFalse(r.url().contains("token=") || r.url().contains("key="), r.url());
      }
      for (String s : secrets) {
        assertFalse(projectorSource.contains(s), "a secret in the projector's page");
      }
      for (HeadlessBrowser.Request r : teacher.requests()) {
        if (r.url().contains("zzzOldSecret")) {
          continue;   // the old bookmark the test typed itself
        }
        for (String s : secrets.subList(1, secrets.size())) {
          assertFalse(r.url().contains(s), "a secret in the console's URL " + r.url());
        }
        assertFalse(r.url().contains("once=") && !r.url().endsWith("once=" + onceCode),
            "only the one-time link carries a code: " + r.url());
        assertFalse(r.url().contains("key=") || r.url().contains("token="), r.url());
      }
      for (HeadlessBrowser.Request r : ana.requests()) {
        assertFalse(r.url().contains("token="), "no player token in a URL: " + r.url());
      }

      // ---- re-seating a student who has decided asks first --------------------------------------
      waitFor(t, d -> d.findElement(By.cssSelector("#seats tr[data-country='ROK']")).getText()
          .contains("decided"));
      new Select(t.findElement(By.cssSelector("select.assign[data-country='ROK']"))).selectByValue("");
      waitFor(t, d -> d.findElement(By.id("confirm-dialog")).isDisplayed());
      t.findElement(By.id("confirm-no")).click();
      waitFor(t, d -> !d.findElement(By.id("confirm-dialog")).isDisplayed());
      JsonNode view = JSON.readTree(http(base, "/api/games/" + code + "/console", session).body());
      assertTrue(seatOf(view, "ROK").path("participant").isTextual(), "Ana keeps her seat");

      // ---- End game asks first; then the game ends and the odds stop -------------------------
      click(t, By.id("end"));
      waitFor(t, d -> d.findElement(By.id("confirm-dialog")).isDisplayed());
      t.findElement(By.id("confirm-no")).click();
      waitFor(t, d -> !d.findElement(By.id("confirm-dialog")).isDisplayed());
      assertEquals("RUNNING", JSON.readTree(http(base, "/api/games/" + code + "/console", session)
          .body()).path("game").path("status").asText(), "cancel keeps the game running");
      click(t, By.id("end"));
      waitFor(t, d -> d.findElement(By.id("confirm-dialog")).isDisplayed());
      t.findElement(By.id("confirm-yes")).click();
      for (WebDriver s : List.of(t, w)) {
        waitFor(s, d -> d.findElement(By.id("status")).getText().contains("game over"));
        waitFor(s, d -> d.findElement(By.id("odds-body")).getText().contains("The game is over"));
        assertFalse(s.findElement(By.id("odds-body")).getText().contains("the odds from here"));
      }

      // The seat moved with the rejoin code: the first browser is told it no longer holds it.
      waitFor(a, d -> d.findElement(By.id("message")).getText().contains("no longer holds a seat"));

      // ---- the debrief: linked only now, no sideways scrolling at 1280 px or on paper --------
      WebElement link = waitFor(w, d -> {
        WebElement e = d.findElement(By.id("debrief-link"));
        return e.isDisplayed() ? e : null;
      });
      assertFalse(link.getAttribute("href").contains("token"), link.getAttribute("href"));
      URI debrief = URI.create(link.getAttribute("href"));
      for (HeadlessBrowser b : List.of(teacher, ana, wall)) {
        assertEquals(List.of(), unexpectedConsoleErrors(b), "no script errors");
      }
      waitFor(w, d -> {
        wall.open(debrief);
        return d.getTitle().contains("Debrief") ? true : null;
      });
      assertEquals(List.of(), overflowingTables(wall), "at 1280 px");
      wall.emulatePrintMedia(true);
      w.manage().window().setSize(new org.openqa.selenium.Dimension(700, 900));
      assertEquals(List.of(), overflowingTables(wall), "on an A4 page (700 px wide)");
      wall.emulatePrintMedia(false);

      // ---- too many joins: a friendly message with the wait --------------------------------
      ana.open(URI.create(base + "/"));
      ana.script("(async () => { for (let i = 0; i < 200; i++) {"
          + "  const r = await fetch('/api/join', {method: 'POST', headers: {'Content-Type': 'application/json'},"
          + "    body: JSON.stringify({code: 'NOSUCH', name: 'x' + i})});"
          + "  if (r.status === 429) return; } })();");
      waitFor(a, d -> {
        type(d, "code", code);
        type(d, "name", "Late");
        d.findElement(By.id("join")).click();
        String m = d.findElement(By.id("message")).getText();
        return m.matches("Too many attempts: try again in \\d+ s\\.") ? m : null;
      });
    } finally {
      System.clearProperty("peninsula.odds.runs");
      System.clearProperty("peninsula.debrief.runs");
      System.clearProperty("peninsula.debrief.counterfactualRuns");
    }
  }

  private static String stripHash(String url) {
    int i = url.indexOf('#');
    return i < 0 ? url : url.substring(0, i);
  }

  /** A GET as a browser would send it with the cookie (if any); redirects are not followed. */
  private static HttpResponse<String> http(String base, String path, Cookie cookie)
      throws java.io.IOException, InterruptedException {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (cookie != null) {
      r.header("Cookie", cookie.getName() + "=" + cookie.getValue());
    }
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode seatOf(JsonNode console, String country) {
    for (JsonNode s : console.path("seats")) {
      if (s.path("country").asText().equals(country)) {
        return s;
      }
    }
    throw new AssertionError("no seat " + country + " in " + console);
  }

  /** Elements with the hidden attribute that still take up room on the page. */
  @SuppressWarnings("unchecked")
  private static List<String> visibleHiddenElements(HeadlessBrowser b) {
    return (List<String>) b.script("return Array.from(document.querySelectorAll('[hidden]'))"
        + ".filter(e => e.getClientRects().length > 0)"
        + ".map(e => e.tagName + '#' + e.id + '.' + e.className);");
  }

  /** Tables (or their scrolling wrappers) wider than the room they have, and a wide page. */
  @SuppressWarnings("unchecked")
  private static List<String> overflowingTables(HeadlessBrowser b) {
    return (List<String>) b.script("const out = [];"
        + "document.querySelectorAll('.table-wrap').forEach((e, i) => {"
        + "  if (e.scrollWidth > e.clientWidth + 1) out.push('table ' + (i + 1) + ': '"
        + "    + e.scrollWidth + ' > ' + e.clientWidth + ' ' + (e.querySelector('caption') || {}).textContent); });"
        + "const d = document.documentElement;"
        + "if (d.scrollWidth > d.clientWidth + 1) out.push('page: ' + d.scrollWidth + ' > ' + d.clientWidth);"
        + "return out;");
  }

  /** Console errors other than the HTTP errors the checks provoke on purpose (409, 429 ...). */
  private static List<String> unexpectedConsoleErrors(HeadlessBrowser b) {
    return b.severeConsoleErrors().stream()
        .filter(m -> !m.contains("Failed to load resource: the server responded with a status of 4"))
        .toList();
  }

  private static void decide(WebDriver d, String action) {
    click(d, By.cssSelector("button.move[data-action='" + action + "']"));
    waitFor(d, x -> x.findElement(By.id("decision")).getText().contains("Your decision: "
        + action + " (stored)"));
  }

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

  private static void type(WebDriver d, String id, String text) {
    WebElement e = d.findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }

  private static <T> T waitFor(WebDriver d, Function<WebDriver, T> until) {
    return new WebDriverWait(d, WAIT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
        .until(until::apply);
  }
}
