package org.peninsula.game.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the server process in the middle of a turn, while students are submitting: after a
 * restart on the same data directory every game is back at its turn and every decision the
 * server acknowledged is there.
 */
class ServerKillTest {

  @TempDir Path data;

  /** A server in its own JVM ({@code peninsula serve}), as a teacher would start it. */
  static final class ServerProcess {
    final Process process;
    final String teacherUrl;
    final ApiClient api;
    final String key;

    ServerProcess(Path data, Path log) throws IOException, InterruptedException {
      String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx256m", "-cp",
          System.getProperty("java.class.path"), "org.peninsula.cli.Main", "serve",
          "--port", "0", "--host", "127.0.0.1", "--data", data.toString());
      pb.redirectError(log.toFile());
      process = pb.start();
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8));
      Pattern p = Pattern.compile("Teacher's console: (http://\\S+)");
      String url = null;
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (url == null && System.nanoTime() < until) {
        String line = out.readLine();
        if (line == null) {
          throw new IllegalStateException("the server exited: " + Files
              .readString(log));
        }
        Matcher m = p.matcher(line);
        if (m.find()) {
          url = m.group(1);
        }
      }
      assertNotNull(url, "the server printed the teacher's URL");
      teacherUrl = url;
      key = GameFixture.keyOf(url);
      api = new ApiClient(url.substring(0, url.indexOf("/teacher")));
      Thread drain = new Thread(() -> {
        try {
          while (out.readLine() != null) {
            // keep the pipe empty
          }
        } catch (IOException e) {
          // the process died
        }
      });
      drain.setDaemon(true);
      drain.start();
    }

    void kill() throws InterruptedException {
      process.destroyForcibly();
      assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    }
  }

  record Ack(long seq, String country, String action) {}

  @Test
  @Timeout(180)
  void killedMidTurnItComesBackWithEveryAcknowledgedDecision() throws Exception {
    Path log = data.resolve("server.log");
    ServerProcess a = new ServerProcess(data.resolve("db"), log);
    ApiClient api = a.api;
    String game = GameFixture.create(api, a.key, 3, 6, 77, true);
    String lobby = GameFixture.create(api, a.key, 1, 4, 3, false);
    GameFixture.join(api, lobby, "Early", null);
    Map<String, String> tokens = new HashMap<>();
    tokens.put("ROK", GameFixture.join(api, game, "Ana", "ROK"));
    tokens.put("DPRK", GameFixture.join(api, game, "Bo", "DPRK"));
    tokens.put("USA", GameFixture.join(api, game, "Cy", "USA"));
    api.post("/api/games/" + game + "/start", a.key, null);
    GameFixture.decide(api, game, tokens.get("ROK"), "ENGAGE_NORTH");
    GameFixture.decide(api, game, tokens.get("DPRK"), "ACCEPT_TALKS");
    api.post("/api/games/" + game + "/advance", a.key, null);
    api.post("/api/games/" + game + "/injects", a.key, Map.of("event", "ICBM_TEST"));
    JsonNode before = api.get("/api/games/" + game + "/console", a.key);

    // Turn 2: three students keep changing their minds until the server dies under them.
    Map<String, String[]> choices = Map.of(
        "ROK", new String[] {"ALIGN_WITH_US", "ENGAGE_RUSSIA", "HOLD"},
        "DPRK", new String[] {"MISSILE_TEST", "MORATORIUM", "COURT_CHINA"},
        "USA", new String[] {"OFFER_TALKS", "SECONDARY_SANCTIONS", "PUSH_UN_SANCTIONS"});
    ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> students = new ArrayList<>();
    for (String country : choices.keySet()) {
      Thread t = new Thread(() -> {
        for (int i = 0; !stop.get(); i++) {
          String action = choices.get(country)[i % 3];
          try {
            ApiClient.Response r = api.call("POST", "/api/games/" + game + "/decision",
                tokens.get(country), Map.of("action", action, "turn", 2));
            if (r.status() == 200) {
              acks.add(new Ack(r.body().get("seq").asLong(), country, action));
            }
          } catch (UncheckedIOException | IllegalStateException e) {
            return;   // the server is gone
          }
        }
      });
      t.start();
      students.add(t);
    }
    while (acks.size() < 30) {
      Thread.sleep(20);
    }
    a.kill();
    stop.set(true);
    for (Thread t : students) {
      t.join(30_000);
    }
    List<Ack> acknowledged = new ArrayList<>(acks);
    assertTrue(acknowledged.size() >= 30, "decisions were acknowledged before the kill");

    ServerProcess b = new ServerProcess(data.resolve("db"), log);
    try {
      assertEquals(a.key, b.key, "the teacher's console keeps its address");
      JsonNode after = b.api.get("/api/games/" + game + "/console", b.key);
      assertEquals("RUNNING", after.get("game").get("status").asText());
      assertEquals(2, after.get("game").get("turn").asInt(), "same turn");
      assertEquals(before.get("news"), after.get("news"), "same history");
      assertEquals(before.get("dashboard"), after.get("dashboard"), "same world");
      assertEquals(before.get("game").get("injectsThisTurn"),
          after.get("game").get("injectsThisTurn"), "the inject waits for turn 2");

      Map<Long, JsonNode> stored = new HashMap<>();
      b.api.get("/api/games/" + game + "/submissions", b.key)
          .forEach(s -> stored.put(s.get("seq").asLong(), s));
      for (Ack ack : acknowledged) {
        JsonNode s = stored.get(ack.seq());
        assertNotNull(s, "acknowledged decision " + ack + " was lost");
        assertEquals(ack.country(), s.get("country").asText());
        assertEquals(ack.action(), s.get("action").asText());
        assertEquals(2, s.get("turn").asInt());
      }
      for (String country : choices.keySet()) {
        long lastAcked = acknowledged.stream().filter(x -> x.country().equals(country))
            .mapToLong(Ack::seq).max().orElse(-1);
        JsonNode latest = stored.values().stream()
            .filter(s -> s.get("country").asText().equals(country)
                && s.get("turn").asInt() == 2)
            .max((x, y) -> Long.compare(x.get("seq").asLong(), y.get("seq").asLong()))
            .orElseThrow();
        assertTrue(latest.get("seq").asLong() >= lastAcked);
        JsonNode me = b.api.get("/api/games/" + game + "/me", tokens.get(country));
        assertEquals(latest.get("action").asText(), me.get("decision").get("action").asText(),
            country + "'s standing decision is its latest stored one");
      }
      JsonNode other = b.api.get("/api/games/" + lobby + "/console", b.key);
      assertEquals("LOBBY", other.get("game").get("status").asText());
      assertEquals(1, other.get("participants").size());

      b.api.post("/api/games/" + game + "/advance", b.key, null);
      JsonNode news = b.api.get("/api/games/" + game + "/me", tokens.get("ROK")).get("news");
      String rokMove = null;
      for (JsonNode item : news.get("items")) {
        if ("ROK".equals(item.path("country").asText())) {
          rokMove = item.get("action").asText();
        }
      }
      JsonNode rokLatest = stored.values().stream()
          .filter(s -> s.get("country").asText().equals("ROK"))
          .max((x, y) -> Long.compare(x.get("seq").asLong(), y.get("seq").asLong()))
          .orElseThrow();
      assertEquals(rokLatest.get("action").asText(), rokMove, "turn 2 played ROK's decision");
      System.out.printf("ServerKillTest: %d decisions acknowledged before kill -9, all %d found"
          + " after the restart%n", acknowledged.size(), acknowledged.size());
    } finally {
      b.kill();
    }
  }
}
