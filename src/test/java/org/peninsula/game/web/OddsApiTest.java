package org.peninsula.game.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.model.ChronicleEntry;

/** The odds, counterfactual and debrief routes: who may call them, and what they answer. */
class OddsApiTest {
  @TempDir Path data;

  @Test
  @Timeout(180)
  void oddsForPlayersWhatIfForTheTeacherDebriefAtTheEnd() throws Exception {
    System.setProperty("peninsula.odds.runs", "150");
    System.setProperty("peninsula.debrief.runs", "150");
    System.setProperty("peninsula.debrief.counterfactualRuns", "50");
    try (GameFixture f = new GameFixture(data)) {
      ApiClient api = f.api;
      String game = GameFixture.create(api, f.key, 3, 3, 77, true);
      String other = GameFixture.create(api, f.key, 3, 3, 78, true);
      String dprk = GameFixture.join(api, game, "Kim", "DPRK");
      String outsider = GameFixture.join(api, other, "Lee", "ROK");
      JsonNode first = odds(api, game, dprk, 1);
      assertEquals("scenario", first.get("basis").asText());
      assertEquals(5, first.get("futures").size());
      assertEquals(77, first.get("masterSeed").asLong());
      assertEquals(403, api.call("GET", "/api/games/" + game + "/odds", outsider, null)
          .status());
      assertEquals(403, api.call("GET", "/api/games/" + game + "/odds", null, null).status());

      api.ok("POST", "/api/games/" + game + "/start", f.key, Map.of());
      GameFixture.decide(api, game, dprk, "ICBM_TEST");
      api.ok("POST", "/api/games/" + game + "/advance", f.key, Map.of());
      JsonNode second = odds(api, game, dprk, 2);
      assertEquals("game", second.get("basis").asText());
      assertTrue(second.get("headline").asText().startsWith("war risk "), second.toString());
      assertTrue(second.get("futures").get(0).hasNonNull("previous"));

      String path = "/api/games/" + game + "/counterfactual";
      Map<String, Object> whatIf = Map.of("turn", 1, "country", "DPRK", "action", "HOLD");
      assertEquals(403, api.call("POST", path, dprk, whatIf).status(), "teacher only");
      assertEquals(400, api.call("POST", path, f.key,
          Map.of("turn", 2, "country", "DPRK", "action", "HOLD")).status(), "not played yet");
      assertEquals(400, api.call("POST", path, f.key,
          Map.of("turn", 1, "country", "DPRK", "action", "VETO")).status(), "not a move");
      JsonNode r = api.ok("POST", path, f.key, whatIf);
      assertEquals("ICBM_TEST", r.get("actual").asText());
      assertEquals("HOLD", r.get("instead").asText());
      assertEquals(5, r.get("happened").size());
      assertEquals(5, r.get("whatIf").size());
      for (int i = 0; i < 5; i++) {
        assertEquals(second.get("futures").get(i).get("probability").asDouble(),
            r.get("happened").get(i).get("probability").asDouble(),
            "what happened is the live odds after the turn");
      }

      String debrief = "/api/games/" + game + "/debrief.html";
      assertEquals(409, api.call("GET", debrief, f.key, null).status(), "not over yet");
      api.ok("POST", "/api/games/" + game + "/end", f.key, Map.of());
      assertEquals(403, api.call("GET", debrief, outsider, null).status());
      ApiClient.Response page = null;
      for (int i = 0; i < 10 && (page == null || page.status() == 503); i++) {
        page = api.call("GET", debrief, dprk, null);
      }
      assertEquals(200, page.status(), page.text());
      assertTrue(page.text().contains("Debrief: game " + game));
      assertTrue(page.text().contains("ICBM TEST (Kim)"), "the moves table");
    } finally {
      System.clearProperty("peninsula.odds.runs");
      System.clearProperty("peninsula.debrief.runs");
      System.clearProperty("peninsula.debrief.counterfactualRuns");
    }
  }

  private static JsonNode odds(ApiClient api, String game, String token, int turn)
      throws InterruptedException {
    for (int i = 0; i < 3000; i++) {
      ApiClient.Response r = api.call("GET", "/api/games/" + game + "/odds", token, null);
      if (r.status() == 200 && r.body().get("turn").asInt() == turn
          && r.body().get("complete").asBoolean()) {
        return r.body();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no odds for turn " + turn);
  }

  @Test
  void theSalientEventIsNamed() {
    List<ChronicleEntry> turn = List.of(
        new ChronicleEntry.Event(3, ChronicleEntry.EventKind.ELECTION, "ROK election"),
        new ChronicleEntry.Event(4, ChronicleEntry.EventKind.WEAPONS_TEST, "DPRK ICBM test"),
        new ChronicleEntry.Event(5, ChronicleEntry.EventKind.RESOLUTION_VETOED, "vetoed"));
    assertEquals("the DPRK's ICBM test",
        org.peninsula.game.odds.LiveOddsAccess.salient(turn));
  }
}
