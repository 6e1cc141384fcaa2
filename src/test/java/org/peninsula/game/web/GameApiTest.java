package org.peninsula.game.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.game.GameFile;
import org.peninsula.game.Replay;
import org.peninsula.game.ScenarioFiles;
import org.peninsula.game.ScenarioLibrary;

/** A game played through the API: teacher, two students, three bots, an inject, the end. */
class GameApiTest {

  @TempDir Path data;

  @Test
  void aClassPlaysAGameToTheEndAndItReplaysExactly() throws Exception {
    try (GameFixture f = new GameFixture(data)) {
      ApiClient api = f.api;
      String game = GameFixture.create(api, f.key, 3, 3, 2024, true);
      String rok = GameFixture.join(api, game, "Ana", "ROK");
      String dprk = GameFixture.join(api, game, "Bo", null);
      JsonNode me = api.get("/api/games/" + game + "/me", dprk);
      assertTrue(me.get("me").get("country").isNull());
      assertEquals(4, me.get("freeCountries").size());
      api.post("/api/games/" + game + "/pick", dprk, Map.of("country", "DPRK"));
      me = api.get("/api/games/" + game + "/me", dprk);
      assertEquals("DPRK", me.get("me").get("country").asText());
      assertEquals(9, me.get("briefing").get("moves").size());
      assertFalse(me.get("briefing").get("stance").isEmpty());
      assertTrue(me.get("briefing").get("stance").get(0).get("source").asText()
          .matches(".+ \\[[a-z0-9-]+\\]"), "the scenario's sources, paraphrased: "
          + me.get("briefing").get("stance").get(0));

      JsonNode console = api.get("/api/games/" + game + "/console", f.key);
      assertEquals("LOBBY", console.get("game").get("status").asText());
      assertEquals(2, console.get("participants").size());
      api.post("/api/games/" + game + "/start", f.key, null);

      GameFixture.decide(api, game, rok, "ENGAGE_NORTH");
      GameFixture.decide(api, game, dprk, "MISSILE_TEST");
      GameFixture.decide(api, game, dprk, "ACCEPT_TALKS");   // changed her mind
      console = api.get("/api/games/" + game + "/console", f.key);
      assertEquals(0, console.get("undecided").size());
      me = api.get("/api/games/" + game + "/me", dprk);
      assertEquals("ACCEPT_TALKS", me.get("decision").get("action").asText());
      api.post("/api/games/" + game + "/advance", f.key, null);

      api.post("/api/games/" + game + "/injects", f.key, Map.of("event", "ICBM_TEST"));
      me = api.get("/api/games/" + game + "/me", rok);
      assertEquals(2, me.get("game").get("turn").asInt());
      assertEquals(1, me.get("game").get("injectsThisTurn").size());
      assertTrue(me.get("decision").isNull(), "a new turn starts undecided");
      List<String> moves = new ArrayList<>();
      me.get("news").get("items").forEach(i -> {
        if (i.get("kind").asText().equals("move")) {
          moves.add(i.get("country").asText() + " " + i.get("action").asText() + " "
              + i.get("seat").asText());
        }
      });
      assertTrue(moves.contains("ROK ENGAGE_NORTH player"), moves.toString());
      assertTrue(moves.contains("DPRK ACCEPT_TALKS player"), moves.toString());
      assertTrue(moves.stream().anyMatch(m -> m.startsWith("USA ") && m.endsWith(" bot")));
      assertEquals(15, moves.size(), "five countries, three months");
      JsonNode botMove = null;
      for (JsonNode i : me.get("news").get("items")) {
        if ("bot".equals(i.path("seat").asText()) && !i.get("reasons").asText().isEmpty()) {
          botMove = i;
        }
      }
      assertNotNull(botMove, "bots give their reasons");

      GameFixture.decide(api, game, rok, "ALIGN_WITH_US");
      api.post("/api/games/" + game + "/advance", f.key, null);   // DPRK holds
      api.post("/api/games/" + game + "/advance", f.key, null);
      console = api.get("/api/games/" + game + "/console", f.key);
      assertEquals("FINISHED", console.get("game").get("status").asText());
      assertNotNull(console.get("outcome").get("label").asText());
      me = api.get("/api/games/" + game + "/me", rok);
      assertEquals(console.get("outcome").get("label"), me.get("outcome").get("label"));

      String export = api.call("GET", "/api/games/" + game + "/export", f.key, null).text();
      GameFile file = new ObjectMapper().readValue(export, GameFile.class);
      assertEquals(3, file.turnsPlayed());
      assertTrue(file.ended());
      assertTrue(file.decisions().stream().anyMatch(d -> d.turn() == 2
          && d.country().equals("DPRK") && d.action().equals("HOLD")
          && "Bo".equals(d.player())));
      assertEquals(List.of(new GameFile.Inject(2, "ICBM_TEST")), file.injects());
      assertEquals(GameFixture.SCENARIO, file.scenario().file());
      assertTrue(file.scenario().text().contains("horizonMonths"), "the scenario's full text");
      Replay.Result replay = Replay.of(file, new ScenarioLibrary(null, ScenarioFiles.READER)
          .reader());
      assertTrue(replay.matches(), "replay differs at line " + replay.firstDifference());
    }
  }

  @Test
  void aRestartedServerHasEveryGameAtTheSameTurn() {
    String game;
    String rok;
    JsonNode before;
    try (GameFixture f = new GameFixture(data)) {
      game = GameFixture.create(f.api, f.key, 1, 6, 5, true);
      rok = GameFixture.join(f.api, game, "Ana", "ROK");
      GameFixture.join(f.api, game, "Bo", "DPRK");
      f.api.post("/api/games/" + game + "/start", f.key, null);
      GameFixture.decide(f.api, game, rok, "ENGAGE_RUSSIA");
      f.api.post("/api/games/" + game + "/advance", f.key, null);
      f.api.post("/api/games/" + game + "/injects", f.key, Map.of("event", "UN_VOTE"));
      GameFixture.decide(f.api, game, rok, "DEPLOY_MISSILE_DEFENCE");
      f.api.post("/api/games/" + game + "/deadline", f.key, Map.of("seconds", 600));
      f.api.post("/api/games/" + game + "/pause", f.key, null);
      before = f.api.get("/api/games/" + game + "/console", f.key);
    }
    try (GameFixture f = new GameFixture(data)) {
      JsonNode after = f.api.get("/api/games/" + game + "/console", f.key);
      assertEquals(before.get("seats"), after.get("seats"));
      assertEquals(before.get("dashboard"), after.get("dashboard"));
      assertEquals(before.get("news"), after.get("news"));
      assertEquals("PAUSED", after.get("game").get("status").asText());
      assertEquals(2, after.get("game").get("turn").asInt());
      assertEquals(before.get("game").get("injectsThisTurn"),
          after.get("game").get("injectsThisTurn"));
      assertEquals(before.get("game").get("remainingMs"), after.get("game").get("remainingMs"));
      JsonNode me = f.api.get("/api/games/" + game + "/me", rok);
      assertEquals("DEPLOY_MISSILE_DEFENCE", me.get("decision").get("action").asText());
      f.api.post("/api/games/" + game + "/resume", f.key, null);
      assertNull(f.api.get("/api/games/" + game + "/console", f.key).get("game")
          .get("remainingMs").textValue());
    }
  }
}
