package org.peninsula.game.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.peninsula.game.ScenarioFiles;
import org.peninsula.game.ScenarioLibrary;

/** A game server on loopback over a data directory, with helpers to play through its API. */
public final class GameFixture implements AutoCloseable {
  public final GameServer server;
  public final ApiClient api;
  public final String key;

  public GameFixture(Path data) {
    // Tests play whole classes from one loopback address, so the per-address limits are set
    // out of their way here; LobbyApiTest checks the limits themselves.
    this(new ServerConfig("127.0.0.1", 0, data,
        new ScenarioLibrary(Path.of("scenarios"), ScenarioFiles.READER))
        .withGuards(new ServerConfig.Limits(100_000, 100_000, 100_000, 100_000),
            System::currentTimeMillis, io.javalin.http.Context::ip));
  }

  /** A server of {@code config} (host, port and data taken from it). */
  public GameFixture(ServerConfig config) {
    // Live odds are off unless a test asks for them (-Dpeninsula.odds.runs), so the other
    // tests' timings do not share the machine with background ensembles.
    String runs = System.getProperty("peninsula.odds.runs");
    if (runs == null) {
      System.setProperty("peninsula.odds.runs", "0");
    }
    try {
      server = GameServer.start(config);
    } finally {
      if (runs == null) {
        System.clearProperty("peninsula.odds.runs");
      }
    }
    api = new ApiClient(server.localUrl());
    key = keyOf(server.teacherLoginUrl());
  }

  /** Opens a one-time teacher link and returns the key its cookie carries. */
  public static String keyOf(String loginUrl) {
    ApiClient.Response r = new ApiClient(loginUrl.substring(0, loginUrl.indexOf("/teacher")))
        .call("GET", loginUrl.substring(loginUrl.indexOf("/teacher")), null, null);
    if (r.status() != 303) {
      throw new AssertionError("login link answered " + r.status() + " " + r.text());
    }
    for (String c : r.cookies()) {
      if (c.startsWith("peninsula_teacher=")) {
        return c.substring("peninsula_teacher=".length(), c.indexOf(';'));
      }
    }
    throw new AssertionError("no teacher cookie in " + r.cookies());
  }

  /** The scenario the tests play. */
  public static final String SCENARIO = "baseline-2021.yaml";

  /** Creates a game of {@link #SCENARIO}; returns its id. */
  public static String create(ApiClient api, String key, int turnMonths, int turns, long seed,
      boolean allowPick) {
    Map<String, Object> req = new LinkedHashMap<>();
    req.put("scenario", SCENARIO);
    req.put("turnMonths", turnMonths);
    req.put("turns", turns);
    req.put("seed", seed);
    req.put("allowPick", allowPick);
    return api.post("/api/games", key, req).get("id").asText();
  }

  /** Joins as {@code name} taking {@code country}; returns the token. */
  public static String join(ApiClient api, String game, String name, String country) {
    Map<String, Object> req = new LinkedHashMap<>();
    req.put("code", game);
    req.put("name", name);
    req.put("country", country);
    return api.post("/api/join", null, req).get("token").asText();
  }

  public static JsonNode decide(ApiClient api, String game, String token, String action) {
    return api.post("/api/games/" + game + "/decision", token, Map.of("action", action));
  }

  @Override
  public void close() {
    server.close();
  }
}
