package org.peninsula.game.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Deadlines, pausing, advancing when all have decided, and the teacher's seat assignments. */
class GameClockTest {

  @TempDir static Path data;
  static GameFixture f;
  static ApiClient api;

  @BeforeAll
  static void setUp() {
    f = new GameFixture(data);
    api = f.api;
  }

  @AfterAll
  static void tearDown() {
    f.close();
  }

  private static String create(boolean allowPick, boolean autoAdvance, int turnSeconds) {
    Map<String, Object> req = new LinkedHashMap<>();
    req.put("scenario", GameFixture.SCENARIO);
    req.put("turnMonths", 1);
    req.put("turns", 4);
    req.put("seed", 3);
    req.put("allowPick", allowPick);
    req.put("autoAdvance", autoAdvance);
    req.put("turnSeconds", turnSeconds);
    return api.post("/api/games", f.key, req).get("id").asText();
  }

  private static JsonNode console(String game) {
    return api.get("/api/games/" + game + "/console", f.key);
  }

  private static int turn(String game) {
    return console(game).get("game").get("turn").asInt();
  }

  /**
   * Waits until the game has reached at least {@code turn}: a slow machine may be a turn further
   * on when it looks, so only "at least" is a fact the test can rely on. Polls, since the server
   * offers no event to wait on through its API; the JUnit timeout bounds the wait.
   */
  private static void awaitTurnAtLeast(String game, int turn) throws InterruptedException {
    while (turn(game) < turn) {
      Thread.sleep(20);
    }
    assertTrue(turn(game) >= turn);
  }

  @Test
  @Timeout(30)
  void theTurnClosesWhenItsDeadlinePassesAndUndecidedSeatsHold() throws Exception {
    String game = create(true, false, 1);
    String rok = GameFixture.join(api, game, "Ana", "ROK");
    api.post("/api/games/" + game + "/start", f.key, null);
    JsonNode info = console(game).get("game");
    assertTrue(info.get("deadlineAt").asLong() > info.get("serverTime").asLong());
    awaitTurnAtLeast(game, 2);
    JsonNode news = api.get("/api/games/" + game + "/me", rok).get("news");
    boolean held = false;
    for (JsonNode i : news.get("items")) {
      held |= "ROK".equals(i.path("country").asText()) && "HOLD".equals(i.get("action").asText())
          && "Ana".equals(i.get("player").asText());
    }
    assertTrue(held, "Ana did not decide: South Korea held");
    assertTrue(console(game).get("game").get("deadlineAt").asLong() > 0, "a new deadline");
  }

  @Test
  @Timeout(30)
  void aPausedGameKeepsItsTurnUntilResumed() throws Exception {
    // No step depends on how fast the requests follow each other: the running deadline is far
    // away, and the short one is set while the game is paused, when no clock runs.
    String game = create(true, false, 0);
    GameFixture.join(api, game, "Ana", "ROK");
    api.post("/api/games/" + game + "/start", f.key, null);
    api.post("/api/games/" + game + "/deadline", f.key, Map.of("seconds", 600));
    api.post("/api/games/" + game + "/pause", f.key, null);
    JsonNode info = console(game).get("game");
    assertEquals("PAUSED", info.get("status").asText());
    long left = info.get("remainingMs").asLong();
    assertTrue(left > 0 && left <= 600_000, "the time left is kept: " + left);
    assertTrue(info.get("deadlineAt").isNull(), "and no deadline runs while paused");

    api.post("/api/games/" + game + "/deadline", f.key, Map.of("seconds", 1));
    info = console(game).get("game");
    assertEquals(1000, info.get("remainingMs").asLong(), "a paused clock does not move");
    assertEquals(1, info.get("turn").asInt());
    assertEquals(409, api.call("POST", "/api/games/" + game + "/advance", f.key, Map.of())
        .status());
    api.post("/api/games/" + game + "/resume", f.key, null);
    awaitTurnAtLeast(game, 2);
  }

  @Test
  void withAutoAdvanceTheLastDecisionClosesTheTurn() {
    String game = create(true, true, 0);
    String rok = GameFixture.join(api, game, "Ana", "ROK");
    String dprk = GameFixture.join(api, game, "Bo", "DPRK");
    api.post("/api/games/" + game + "/start", f.key, null);
    GameFixture.decide(api, game, rok, "ENGAGE_NORTH");
    assertEquals(1, turn(game));
    JsonNode ack = GameFixture.decide(api, game, dprk, "MORATORIUM");
    assertEquals(1, ack.get("turn").asInt(), "acknowledged for turn 1");
    assertEquals(2, turn(game), "and turn 1 closed with it");
  }

  @Test
  void theTeacherSeatsStudentsAndGivesSeatsToBots() {
    String game = create(false, false, 0);
    ApiClient.Response pick = api.call("POST", "/api/join", null,
        Map.of("code", game, "name", "Cy", "country", "USA"));
    assertEquals(403, pick.status());
    assertTrue(pick.error().contains("teacher assigns"), pick.error());
    String cy = GameFixture.join(api, game, "Cy", null);
    String id = console(game).get("participants").get(0).get("id").asText();
    api.post("/api/games/" + game + "/seats", f.key, Map.of("country", "USA", "participant", id));
    api.post("/api/games/" + game + "/start", f.key, null);
    assertEquals("USA", api.get("/api/games/" + game + "/me", cy).get("me").get("country")
        .asText());
    GameFixture.decide(api, game, cy, "OFFER_TALKS");
    assertEquals(0, console(game).get("undecided").size());
    Map<String, Object> toBot = new LinkedHashMap<>();
    toBot.put("country", "USA");
    toBot.put("participant", null);
    ApiClient.Response unconfirmed = api.call("POST", "/api/games/" + game + "/seats", f.key,
        toBot);
    assertEquals(409, unconfirmed.status(), "Cy has decided: re-seating needs confirm");
    assertTrue(unconfirmed.error().contains("confirm"), unconfirmed.error());
    toBot.put("confirm", true);
    api.post("/api/games/" + game + "/seats", f.key, toBot);
    JsonNode seats = console(game).get("seats");
    assertTrue(seats.get(0).get("player").isNull(), "the United States is a bot again");
    ApiClient.Response late = api.call("POST", "/api/games/" + game + "/decision", cy,
        Map.of("action", "HOLD"));
    assertEquals(403, late.status());
    assertTrue(late.error().contains("do not play a country"), late.error());
    api.post("/api/games/" + game + "/advance", f.key, null);
    JsonNode me = api.get("/api/games/" + game + "/me", cy);
    for (JsonNode i : me.get("news").get("items")) {
      if ("USA".equals(i.path("country").asText())) {
        assertEquals("bot", i.get("seat").asText(), "the bot played the turn");
      }
    }
  }
}
