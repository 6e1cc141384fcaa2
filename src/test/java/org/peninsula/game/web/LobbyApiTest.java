package org.peninsula.game.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.game.ScenarioFiles;
import org.peninsula.game.ScenarioLibrary;

/**
 * The classroom's guards over real HTTP on loopback: the teacher's one-time link and cookie,
 * players' tokens out of addresses, rejoin, the lobby's lock, cap, names and rate limits, the
 * teacher's view of the turn, the projector and the server's addresses. The rate limits' clock
 * and the client address are injected (header X-Test-Client, read only by this test's server).
 */
class LobbyApiTest {
  @TempDir static Path data;
  static final AtomicLong clock = new AtomicLong(1_000_000L);
  static GameFixture f;
  static ApiClient api;

  @BeforeAll
  static void setUp() {
    ServerConfig config = new ServerConfig("127.0.0.1", 0, data.resolve("games"),
        new ScenarioLibrary(Path.of("scenarios"), ScenarioFiles.READER))
        .withMaxParticipants(12)
        .withGuards(new ServerConfig.Limits(10, 10, 200, 60), clock::get, ctx -> {
          String who = ctx.header("X-Test-Client");
          return who == null ? ctx.ip() : who;
        });
    f = new GameFixture(config);
    api = f.api;
  }

  @AfterAll
  static void tearDown() {
    f.close();
  }

  private static ApiClient from(String address) {
    return api.with(Map.of("X-Test-Client", address));
  }

  private static Map<String, Object> join(String code, String name, String country) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", code);
    m.put("name", name);
    m.put("country", country);
    return m;
  }

  // ---- the teacher -------------------------------------------------------------------------

  @Test
  void theTeacherLinkWorksOnceSetsAStrictHttpOnlyCookieAndExpires() {
    String link = f.server.teacherLoginUrl();
    String path = link.substring(link.indexOf("/teacher"));
    assertFalse(link.contains(f.key), "the key is not in the link");
    ApiClient.Response first = api.call("GET", path, null, null);
    assertEquals(303, first.status());
    assertEquals("/teacher", first.header("Location"));
    String cookie = first.cookies().stream().filter(c -> c.startsWith("peninsula_teacher="))
        .findFirst().orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
    assertTrue(cookie.contains("Path=/;"), cookie);
    assertEquals(403, api.call("GET", path, null, null).status(), "a link works once");

    String late = f.server.teacherLoginUrl();
    clock.addAndGet(10 * 60 * 1000L + 1);
    assertEquals(403, api.call("GET", late.substring(late.indexOf("/teacher")), null, null)
        .status(), "a link expires after ten minutes");
  }

  @Test
  void theKeyIsAcceptedOnlyAsTheCookie() {
    ApiClient bare = new ApiClient(api.base(), Map.of("Authorization", "Bearer " + f.key));
    assertEquals(403, bare.call("GET", "/api/games", null, null).status());
    assertEquals(403, bare.call("GET", "/api/games?token=" + f.key, null, null).status());
    assertEquals(200, api.call("GET", "/api/teacher/me", f.key, null).status());
    JsonNode link = api.post("/api/teacher/login-link", f.key, null);
    assertTrue(link.get("url").asText().contains("/teacher/login?once="));
    assertFalse(link.toString().contains(f.key));
    assertEquals(403, api.call("POST", "/api/teacher/login-link", null, Map.of()).status());
  }

  // ---- players -----------------------------------------------------------------------------

  @Test
  void aStudentWhoClosedTheTabComesBackToTheSameSeatAndPendingMove() {
    String game = GameFixture.create(api, f.key, 3, 4, 5, true);
    ApiClient.Response j = from("10.0.0.1").call("POST", "/api/join", null,
        join(game, "Ana", "ROK"));
    assertEquals(201, j.status(), j.text());
    String token = j.body().get("token").asText();
    String rejoin = j.body().get("rejoinCode").asText();
    assertEquals("ROK", j.body().get("seat").asText());
    assertEquals(8, rejoin.length());
    String cookie = j.cookies().get(0);
    assertTrue(cookie.startsWith("peninsula_player_" + game + "=" + token), cookie);
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    api.post("/api/games/" + game + "/start", f.key, null);
    GameFixture.decide(api, game, token, "ENGAGE_RUSSIA");

    // The tab is gone: the name is taken, but the rejoin code brings Ana back.
    assertEquals(409, from("10.0.0.1").call("POST", "/api/join", null,
        join(game, "Ana", null)).status());
    ApiClient.Response back = from("10.0.0.2").call("POST", "/api/games/" + game
        + "/rejoin", null, Map.of("rejoinCode", rejoin.toLowerCase()));
    assertEquals(200, back.status(), back.text());
    assertEquals(j.body().get("participant").asText(), back.body().get("participant").asText());
    assertEquals("ROK", back.body().get("seat").asText());
    String again = back.body().get("token").asText();
    JsonNode me = api.get("/api/games/" + game + "/me", again);
    assertEquals("ENGAGE_RUSSIA", me.get("decision").get("action").asText());
    assertEquals(403, api.call("GET", "/api/games/" + game + "/me", token, null).status(),
        "the old token stops working");
    assertEquals(403, from("10.0.0.2").call("POST", "/api/games/" + game + "/rejoin", null,
        Map.of("rejoinCode", "WRONG234")).status());
    // The cookie alone authorises event streams and links.
    ApiClient byCookie = new ApiClient(api.base(),
        Map.of("Cookie", "peninsula_player_" + game + "=" + again));
    assertEquals(200, byCookie.call("GET", "/api/games/" + game + "/me", null, null)
        .status());
    assertEquals(403, api.call("GET", "/api/games/" + game + "/me?token=" + again, null, null)
        .status(), "a token in the query string is not accepted");
  }

  @Test
  void theLobbyLocksAtStartCapsPlayersAndFoldsLookAlikeNames() {
    String game = GameFixture.create(api, f.key, 3, 4, 6, false);
    ApiClient c = from("10.0.1.1");
    assertEquals(201, c.call("POST", "/api/join", null, join(game, "Ana", null)).status());
    for (String same : List.of("ANA", "\u0410na", "\u0391na", " a.na ", "\uff21\uff4e\uff41")) {
      ApiClient.Response r = c.call("POST", "/api/join", null, join(game, same, null));
      assertEquals(409, r.status(), same + ": " + r.text());
      assertTrue(r.error().contains("taken"), r.error());
    }
    for (int i = 1; i < 12; i++) {
      assertEquals(201, from("10.0.2." + i).call("POST", "/api/join", null,
          join(game, "Player " + (char) ('A' + i), null)).status());
    }
    ApiClient.Response full = from("10.0.3.1").call("POST", "/api/join", null,
        join(game, "Thirteenth", null));
    assertEquals(409, full.status());
    assertTrue(full.error().contains("full"), full.error());

    String open = GameFixture.create(api, f.key, 3, 4, 7, false);
    api.post("/api/games/" + open + "/start", f.key, null);
    assertTrue(api.get("/api/games/" + open + "/console", f.key).get("game").get("locked")
        .asBoolean());
    ApiClient.Response late = from("10.0.3.2").call("POST", "/api/join", null,
        join(open, "Late", null));
    assertEquals(409, late.status());
    assertTrue(late.error().contains("locked"), late.error());
    api.post("/api/games/" + open + "/unlock", f.key, null);
    assertEquals(201, from("10.0.3.2").call("POST", "/api/join", null,
        join(open, "Late", null)).status());
    api.post("/api/games/" + open + "/lock", f.key, null);
    assertEquals(409, from("10.0.3.3").call("POST", "/api/join", null,
        join(open, "Later", null)).status());
  }

  @Test
  void joinsFromOneAddressAreLimitedWhileAnotherKeepsJoining() {
    String game = GameFixture.create(api, f.key, 3, 4, 8, false);
    String other = GameFixture.create(api, f.key, 3, 4, 9, false);
    ApiClient flood = from("192.0.2.66");
    ApiClient neighbour = from("192.0.2.7");
    int accepted = 0;
    int limited = 0;
    int neighbourJoined = 0;
    // 100 attempts within one second of the injected clock.
    for (int i = 0; i < 100; i++) {
      clock.addAndGet(10);
      ApiClient.Response r = flood.call("POST", "/api/join", null,
          join(i % 2 == 0 ? game : "ZZZZZZZZ", "Flood " + i, null));
      if (r.status() == 429) {
        limited++;
        long retry = Long.parseLong(r.header("Retry-After"));
        assertTrue(retry >= 1 && retry <= 6, "Retry-After " + retry);
      } else {
        accepted++;
      }
      if (i % 10 == 0) {
        ApiClient.Response n = neighbour.call("POST", "/api/join", null,
            join(other, "Neighbour " + i, null));
        assertEquals(201, n.status(), n.text());
        neighbourJoined++;
      }
    }
    assertEquals(10, accepted, "the burst, then nothing within the second");
    assertEquals(90, limited);
    assertEquals(10, neighbourJoined);
    clock.addAndGet(6_000);
    assertEquals(201, flood.call("POST", "/api/join", null, join(game, "After a pause",
        null)).status(), "one join a 6 s later");
  }

  @Test
  void wrongCodesAndTokensCountAsLookups() {
    ServerConfig tight = new ServerConfig("127.0.0.1", 0, data.resolve("tight"),
        new ScenarioLibrary(Path.of("scenarios"), ScenarioFiles.READER))
        .withGuards(new ServerConfig.Limits(10, 10, 5, 1), clock::get, ctx -> ctx.ip());
    try (GameFixture t = new GameFixture(tight)) {
      String game = GameFixture.create(t.api, t.key, 3, 4, 1, false);
      for (int i = 0; i < 5; i++) {
        assertEquals(404, t.api.call("GET", "/api/projector/NOSUCH" + i, null, null).status());
      }
      ApiClient.Response r = t.api.call("GET", "/api/projector/" + game, null, null);
      assertEquals(429, r.status());
      assertNotNull(r.header("Retry-After"));
      assertEquals(429, t.api.call("GET", "/api/games/" + game + "/me", "forged", null)
          .status());
      // The teacher is not a lookup.
      assertEquals(200, t.api.call("GET", "/api/games/" + game + "/console", t.key, null)
          .status());
    }
  }

  // ---- the teacher's tools -----------------------------------------------------------------

  @Test
  void theTeacherRenamesRemovesAndSeesTheTurnsChoicesIncludingTheBotsMoves() {
    String game = GameFixture.create(api, f.key, 1, 3, 11, true);
    String ana = GameFixture.join(api, game, "Ana", "ROK");
    String bo = GameFixture.join(api, game, "Bo", "USA");
    api.post("/api/games/" + game + "/start", f.key, null);
    JsonNode people = api.get("/api/games/" + game + "/console", f.key).get("participants");
    String anaId = people.get(0).get("id").asText();
    String boId = people.get(1).get("id").asText();
    api.post("/api/games/" + game + "/participants/" + anaId + "/rename", f.key,
        Map.of("name", "Ana K."));
    assertEquals(409, api.call("POST", "/api/games/" + game + "/participants/" + boId
        + "/rename", f.key, Map.of("name", "ana k")).status());
    GameFixture.decide(api, game, ana, "ENGAGE_NORTH");

    JsonNode turn = api.get("/api/games/" + game + "/turn", f.key);
    assertEquals(1, turn.get("turn").asInt());
    Map<String, JsonNode> seats = new LinkedHashMap<>();
    turn.get("seats").forEach(s -> seats.put(s.get("country").asText(), s));
    assertEquals("player", seats.get("ROK").get("holder").asText());
    assertEquals("Ana K.", seats.get("ROK").get("player").asText());
    assertEquals("ENGAGE_NORTH", seats.get("ROK").get("action").asText());
    assertFalse(seats.get("USA").get("decided").asBoolean());
    assertTrue(seats.get("USA").get("action").isNull());
    for (String bot : List.of("CHN", "RUS", "DPRK")) {
      assertNotEquals("player", seats.get(bot).get("holder").asText());
      assertFalse(seats.get(bot).get("action").isNull(), bot + " has an intended move");
      double p = seats.get(bot).get("likeliestProbability").asDouble();
      assertTrue(p > 0 && p <= 1, bot + " " + p);
    }
    assertEquals(403, api.call("GET", "/api/games/" + game + "/turn", ana, null).status());

    // Removing Bo frees the United States for a bot; Bo's token is worth nothing.
    api.post("/api/games/" + game + "/participants/" + boId + "/remove", f.key, null);
    assertEquals(403, api.call("GET", "/api/games/" + game + "/me", bo, null).status());
    Map<String, JsonNode> after = new LinkedHashMap<>();
    api.get("/api/games/" + game + "/turn", f.key).get("seats")
        .forEach(s -> after.put(s.get("country").asText(), s));
    assertNotEquals("player", after.get("USA").get("holder").asText());

    // The bots play, when the turn closes, the moves the teacher was shown.
    api.post("/api/games/" + game + "/advance", f.key, null);
    JsonNode news = api.get("/api/games/" + game + "/me", ana).get("news").get("items");
    for (String bot : List.of("USA", "CHN", "RUS", "DPRK")) {
      String shown = after.get(bot).get("action").asText();
      boolean played = false;
      for (JsonNode item : news) {
        if ("move".equals(item.get("kind").asText()) && bot.equals(item.get("country").asText())
            && shown.equals(item.get("action").asText())) {
          played = true;
        }
      }
      assertTrue(played, bot + " played " + shown + ": " + news);
    }
  }

  @Test
  void aTeacherReadsANewRejoinCodeToAStudentWhoLostTheirs() {
    String game = GameFixture.create(api, f.key, 3, 4, 12, true);
    GameFixture.join(api, game, "Cy", "CHN");
    String id = api.get("/api/games/" + game + "/console", f.key).get("participants").get(0)
        .get("id").asText();
    String code = api.post("/api/games/" + game + "/participants/" + id + "/rejoin-code",
        f.key, null).get("rejoinCode").asText();
    ApiClient.Response back = from("10.0.9.9").call("POST", "/api/games/" + game + "/rejoin",
        null, Map.of("rejoinCode", code));
    assertEquals(200, back.status(), back.text());
    assertEquals("CHN", back.body().get("seat").asText());
  }

  // ---- the wall and the network --------------------------------------------------------------

  @Test
  void theProjectorShowsTheCodeAndAddressesAndNothingSecret() {
    String game = GameFixture.create(api, f.key, 3, 4, 13, true);
    String token = GameFixture.join(api, game, "Dee", "DPRK");
    ApiClient.Response r = api.call("GET", "/api/projector/" + game.toLowerCase(), null, null);
    assertEquals(200, r.status(), r.text());
    JsonNode p = r.body();
    assertEquals(game, p.get("joinCode").asText());
    assertTrue(p.get("joinUrls").get(0).asText().endsWith("/?code=" + game));
    assertTrue(p.get("qrSvg").asText().startsWith("<svg"));
    assertEquals("Dee", p.get("participants").get(0).get("name").asText());
    assertEquals("DPRK", p.get("participants").get(0).get("country").asText());
    String text = r.text();
    assertFalse(text.contains(f.key), "no teacher key");
    assertFalse(text.contains(token), "no player token");
    assertFalse(text.contains("\"id\""), "no participant ids");
    assertFalse(text.contains("participant\":\"p"), "no participant ids");
    assertTrue(r.cookies().isEmpty(), "no cookie");
  }

  @Test
  void theServerListsItsNetworkAddressesAndSaysThatPlainHttpIsInClear() {
    JsonNode a = api.get("/api/server/addresses", null);
    assertTrue(a.get("addresses").size() >= 1);
    assertEquals(a.get("addresses").size(), a.get("urls").size());
    // This test's server listens on loopback only, so that is its one address.
    assertEquals("127.0.0.1", a.get("addresses").get(0).asText());
    List<String> all = ServerAddresses.of("0.0.0.0");
    assertFalse(all.isEmpty());
    if (all.size() > 1 || !all.get(0).equals("127.0.0.1")) {
      assertTrue(all.stream().noneMatch(s -> s.startsWith("127.") || s.equals("::1")),
          "no loopback when the machine has another address: " + all);
    }
    JsonNode info = api.get("/api/server/info", null);
    assertFalse(info.get("tls").asBoolean());
    assertTrue(info.get("warning").asText().contains("in clear"));
  }

  @Test
  void aGameLongerThanAnIntCanCountIsRefused() {
    Map<String, Object> req = new LinkedHashMap<>();
    req.put("scenario", GameFixture.SCENARIO);
    req.put("turnMonths", 3);
    req.put("turns", 1431655766);
    ApiClient.Response r = api.call("POST", "/api/games", f.key, req);
    assertEquals(400, r.status(), r.text());
    assertTrue(r.error().contains("4294967298 months"), r.error());
  }

  @Test
  void theDataFolderIsTheOwnersOnly() throws Exception {
    Path dir = data.resolve("games");
    if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return; // nothing to check where the file system has no POSIX permissions
    }
    assertEquals("rwx------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir)));
    assertEquals("rw-------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir.resolve("games.mv.db"))));
    assertEquals("rw-------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir.resolve("teacher.key"))));
  }
}
