package org.peninsula.game.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No one acts for another, and bad requests get a clear 4xx, never a 500. */
class GameSecurityTest {

  @TempDir static Path data;
  static GameFixture f;
  static ApiClient api;
  static String game;
  static String other;
  static String rok;
  static String dprk;
  static String otherUsa;

  @BeforeAll
  static void setUp() {
    f = new GameFixture(data);
    api = f.api;
    game = GameFixture.create(api, f.key, 3, 4, 1, true);
    other = GameFixture.create(api, f.key, 3, 4, 2, true);
    rok = GameFixture.join(api, game, "Ana", "ROK");
    dprk = GameFixture.join(api, game, "Bo", "DPRK");
    otherUsa = GameFixture.join(api, other, "Cy", "USA");
    api.post("/api/games/" + game + "/start", f.key, null);
    api.post("/api/games/" + other + "/start", f.key, null);
    // Starting locks the lobby; these tests join after the start, as a late student would.
    api.post("/api/games/" + game + "/unlock", f.key, null);
    api.post("/api/games/" + other + "/unlock", f.key, null);
  }

  @AfterAll
  static void tearDown() {
    f.close();
  }

  private static void refused(int status, ApiClient.Response r, String message) {
    assertEquals(status, r.status(), r.text());
    assertNotNull(r.error(), "a JSON error message: " + r.text());
    assertTrue(r.error().contains(message), r.error());
  }

  @Test
  void aStudentCannotSubmitForAnotherCountry() {
    refused(403, api.call("POST", "/api/games/" + game + "/decision", rok,
        Map.of("action", "MISSILE_TEST", "country", "DPRK")), "you play ROK, not DPRK");
    // A DPRK move sent with ROK's token is simply not a move of South Korea.
    refused(400, api.call("POST", "/api/games/" + game + "/decision", rok,
        Map.of("action", "MISSILE_TEST")), "not a move of South Korea");
    // Another game's token is worth nothing here, and the reverse.
    refused(403, api.call("POST", "/api/games/" + game + "/decision", otherUsa,
        Map.of("action", "HOLD")), "does not belong");
    refused(403, api.call("POST", "/api/games/" + other + "/decision", rok,
        Map.of("action", "HOLD")), "does not belong");
    refused(403, api.call("POST", "/api/games/" + game + "/decision", null,
        Map.of("action", "HOLD")), "does not belong");
    refused(403, api.call("POST", "/api/games/" + game + "/decision", "forged-token",
        Map.of("action", "HOLD")), "does not belong");
    JsonNode console = api.get("/api/games/" + game + "/console", f.key);
    assertEquals(2, console.get("undecided").size(), "nothing was recorded for anyone");
  }

  @Test
  void aStudentCannotRunTheGame() {
    for (String action : new String[] {"advance", "start", "pause", "resume", "end"}) {
      refused(403, api.call("POST", "/api/games/" + game + "/" + action, rok, Map.of()),
          "teacher's login");
    }
    refused(403, api.call("POST", "/api/games/" + game + "/injects", rok,
        Map.of("event", "ICBM_TEST")), "teacher's login");
    refused(403, api.call("POST", "/api/games/" + game + "/seats", dprk,
        Map.of("country", "ROK", "participant", "x")), "teacher's login");
    refused(403, api.call("GET", "/api/games/" + game + "/console", rok, null),
        "teacher's login");
    refused(403, api.call("GET", "/api/games/" + game + "/export", rok, null),
        "teacher's login");
    refused(403, api.call("GET", "/api/games", rok, null), "teacher's login");
    refused(403, api.call("POST", "/api/games", rok,
        Map.of("scenario", "(model defaults)")), "teacher's login");
    refused(403, api.call("GET", "/api/games/" + game + "/events", rok + "x", null),
        "does not belong");
    assertEquals(1, api.get("/api/games/" + game + "/me", rok).get("game").get("turn")
        .asInt(), "the turn did not move");
  }

  @Test
  void seatsCannotBeTakenTwiceNorPickedForOthers() {
    refused(409, api.call("POST", "/api/join", null,
        Map.of("code", game, "name", "Dee", "country", "ROK")), "already played by Ana");
    refused(409, api.call("POST", "/api/join", null,
        Map.of("code", game, "name", "ana")), "is taken");
    refused(409, api.call("POST", "/api/games/" + game + "/pick", rok,
        Map.of("country", "USA")), "you already play");
  }

  @Test
  void malformedRequestsGetAClearFourHundred() {
    String decision = "/api/games/" + game + "/decision";
    refused(400, api.call("POST", decision, rok, "{not json"), "malformed JSON");
    refused(400, api.call("POST", decision, rok, ""), "needs a JSON body");
    refused(400, api.call("POST", decision, rok, "null"), "JSON object");
    refused(400, api.call("POST", decision, rok, "[1,2]"), "malformed JSON");
    refused(400, api.call("POST", decision, rok, "{\"action\": 5, \"turn\": \"x\"}"),
        "malformed JSON");
    refused(400, api.call("POST", decision, rok, Map.of("action", "HOLD", "evil", 1)),
        "unknown field 'evil'");
    refused(400, api.call("POST", decision, rok, Map.of("country", "ROK")),
        "an action is required");
    refused(400, api.call("POST", decision, rok, Map.of("action", "NUKE_EVERYONE")),
        "not a move of South Korea");
    refused(400, api.call("POST", decision, rok, Map.of("action", "HOLD", "country", "XX")),
        "not a country");
    refused(409, api.call("POST", decision, rok, Map.of("action", "HOLD", "turn", 3)),
        "turn 3 is not open");
    refused(404, api.call("POST", "/api/games/NOSUCH/decision", rok,
        Map.of("action", "HOLD")), "no game");
    refused(404, api.call("POST", "/api/join", null, Map.of("code", "ZZZZZZ", "name", "x")),
        "no game");
    refused(400, api.call("POST", "/api/join", null, Map.of("code", game, "name", "  ")),
        "a name is required");
    refused(400, api.call("POST", "/api/join", null,
        Map.of("code", game, "name", "x".repeat(41))), "at most 40");
    refused(400, api.call("POST", "/api/join", null,
        Map.of("code", game, "name", "bell\u0007")), "control characters");
    refused(400, api.call("POST", "/api/games", f.key,
        Map.of("scenario", "(model defaults)", "turnMonths", 2)), "1, 3 or 6");
    refused(400, api.call("POST", "/api/games", f.key,
        Map.of("scenario", "(model defaults)", "turns", 0)), "at least one turn");
    refused(400, api.call("POST", "/api/games", f.key,
        Map.of("scenario", "(model defaults)", "turnMonths", 6, "turns", 31)),
        "covers 180 months");
    refused(400, api.call("POST", "/api/games", f.key,
        Map.of("scenario", GameFixture.SCENARIO, "turnMonths", 6, "turns", 31)),
        "at most 30 turns of 6 months");
    refused(404, api.call("POST", "/api/games", f.key, Map.of("scenario", "../../etc/passwd")),
        "no scenario");
    refused(400, api.call("POST", "/api/games/" + game + "/injects", f.key,
        Map.of("event", "ALIEN_INVASION")), "not an inject");
    refused(400, api.call("POST", "/api/games/" + game + "/deadline", f.key,
        Map.of("seconds", -5)), "between 0");
    refused(404, api.call("POST", "/api/games/" + game + "/seats", f.key,
        Map.of("country", "ROK", "participant", "nobody")), "no participant nobody");
    refused(409, api.call("POST", "/api/games/" + game + "/start", f.key, Map.of()),
        "already started");
    ApiClient.Response nothing = api.call("GET", "/api/nothing-here", null, null);
    assertEquals(404, nothing.status());
  }

  @Test
  void namesAreDataNotMarkup() {
    String name = "<img src=x onerror=alert(1)>";
    String t = GameFixture.join(api, game, name, null);
    JsonNode me = api.get("/api/games/" + game + "/me", t);
    assertEquals(name, me.get("me").get("name").asText(), "stored and returned verbatim");
    // The name reaches the browser only as JSON data; the pages put data into the document as
    // text, never as markup, so no page or script served may use an HTML sink.
    for (String path : List.of("/", "/play", "/teacher", "/static/common.js",
        "/static/join.js", "/static/play.js", "/static/teacher.js")) {
      ApiClient.Response page = api.call("GET", path, null, null);
      assertEquals(200, page.status(), path);
      for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML",
          "document.write", "eval(")) {
        assertFalse(page.text().contains(sink), path + " uses " + sink);
      }
      assertFalse(page.text().contains(name), path + " embeds the player's name");
    }
  }
}
