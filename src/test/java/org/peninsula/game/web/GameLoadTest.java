package org.peninsula.game.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;

/**
 * Load on loopback: 10 games of 6 clients (a teacher and five students, each page following
 * the game's event stream) play five turns. At every turn all 60 clients are released at once:
 * students read their page and decide (a third change their mind), the teacher reads the
 * console and advances once all five have decided. Every acknowledged decision must be stored
 * and played, and every page is told of the game's last change (updates are coalesced, so a
 * page may hear of two quick turns at once, but never misses the end).
 *
 * <p>Response times are printed, not judged: they depend on the machine and its load, and a
 * suite must not. The latency figures in docs/classroom.md come from the tagged benchmarks
 * ({@code ./mvnw -Pbench -pl core test}, docs/testing.md).
 */
class GameLoadTest {
  static final int GAMES = 10;
  static final int TURNS = 5;

  @TempDir Path data;

  record Ack(String game, int turn, String country, String action, long seq) {}

  /** One timed request. */
  record Timing(String kind, long nanos) {}

  /** What one class measured. */
  record Stats(int requests, int decisions, double seconds, double median, double p90,
      double p99, double max, int updates, Map<String, Double> medianByKind) {

    String line(String label) {
      return String.format(Locale.ROOT, "%s: %d games x 6 clients x %d turns: %d requests"
              + " (%d decisions stored) in %.1f s; response median %.1f ms, p90 %.1f ms,"
              + " p99 %.1f ms, max %.1f ms; by request %s; %d page updates pushed", label,
          GAMES, TURNS, requests, decisions, seconds, median, p90, p99, max, medianByKind,
          updates);
    }
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void tenGamesOfSixClientsPlayFiveTurns() throws Exception {
    try (GameFixture f = new GameFixture(data)) {
      Stats played = playClass(f, 1000);
      System.out.println(played.line("GameLoadTest (not judged)"));
    }
  }

  /** Waits (on the streams' own signal, no sleep) until every page has seen its final version. */
  private static boolean awaitCaughtUp(List<String> streamGame, List<AtomicLong> streamSeen,
      Map<String, Long> finalVersion, long timeoutNanos) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutNanos;
    synchronized (streamSeen) {
      while (true) {
        boolean all = true;
        for (int i = 0; i < streamSeen.size() && all; i++) {
          all = streamSeen.get(i).get() >= finalVersion.get(streamGame.get(i));
        }
        long left = deadline - System.nanoTime();
        if (all || left <= 0) {
          return all;
        }
        TimeUnit.NANOSECONDS.timedWait(streamSeen, left);
      }
    }
  }

  private static Stats playClass(GameFixture f, long seeds) throws Exception {
    ApiClient api = f.api;
    ConcurrentLinkedQueue<Timing> timings = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
    AtomicInteger updates = new AtomicInteger();
    // The newest version each page has been told of (pushes are coalesced: a page may hear of
    // two quick turns at once, but must end up told of the game's last change).
    List<String> streamGame = new ArrayList<>();
    List<AtomicLong> streamSeen = new ArrayList<>();
    List<String> games = new ArrayList<>();
    Map<String, Map<String, String>> tokens = new HashMap<>();
    for (int g = 0; g < GAMES; g++) {
      String id = GameFixture.create(api, f.key, 1, TURNS, seeds + g, true);
      games.add(id);
      Map<String, String> t = new HashMap<>();
      for (Actor a : Actor.values()) {
        t.put(a.name(), GameFixture.join(api, id, "student-" + a.name(), a.name()));
      }
      tokens.put(id, t);
      api.get("/api/games/" + id + "/console", f.key);
      for (String token : t.values()) {
        api.get("/api/games/" + id + "/me", token);   // reading the briefing in the lobby
      }
      api.post("/api/games/" + id + "/start", f.key, null);
    }

    HttpClient sse = HttpClient.newHttpClient();
    List<CompletableFuture<?>> streams = new ArrayList<>();
    for (String id : games) {
      List<String> secrets = new ArrayList<>(tokens.get(id).values());
      secrets.add(f.key);
      for (String secret : secrets) {
        AtomicLong seen = new AtomicLong(-1);
        streamGame.add(id);
        streamSeen.add(seen);
        streams.add(sse.sendAsync(HttpRequest.newBuilder(URI.create(api.base() + "/api/games/"
            + id + "/events")).header("Accept", "text/event-stream")
            .header("X-Player-Token", secret).header("Cookie", "peninsula_teacher=" + secret)
            .build(),
            HttpResponse.BodyHandlers.ofLines())
            .thenAccept(r -> r.body().forEach(l -> {
              if (l.startsWith("event: update")) {
                updates.incrementAndGet();
              } else if (l.startsWith("data: {\"version\":")) {
                long v = Long.parseLong(l.replaceAll("\\D", ""));
                seen.accumulateAndGet(v, Math::max);
                synchronized (streamSeen) {
                  streamSeen.notifyAll();
                }
              }
            })));
      }
    }

    ExecutorService pool = Executors.newFixedThreadPool(GAMES * 6);
    List<Future<?>> work = new ArrayList<>();
    long t0 = System.nanoTime();
    for (String id : games) {
      CyclicBarrier decided = new CyclicBarrier(6);
      CyclicBarrier advanced = new CyclicBarrier(6);
      work.add(pool.submit(() -> {
        for (int turn = 1; turn <= TURNS; turn++) {
          decided.await(60, TimeUnit.SECONDS);
          JsonNode console = timed(timings, api, "GET", "/api/games/" + id + "/console", f.key,
              null);
          assertEquals(0, console.get("undecided").size(), "everyone decided");
          timed(timings, api, "POST", "/api/games/" + id + "/advance", f.key, Map.of());
          advanced.await(60, TimeUnit.SECONDS);
        }
        return null;
      }));
      for (Actor a : Actor.values()) {
        String token = tokens.get(id).get(a.name());
        Random random = new Random(id.hashCode() * 31L + a.ordinal());
        List<Action> moves = Action.repertoire(a);
        work.add(pool.submit(() -> {
          for (int turn = 1; turn <= TURNS; turn++) {
            JsonNode me = timed(timings, api, "GET", "/api/games/" + id + "/me", token, null);
            assertEquals(turn, me.get("game").get("turn").asInt());
            int tries = random.nextInt(3) == 0 ? 2 : 1;
            for (int k = 0; k < tries; k++) {
              String action = moves.get(random.nextInt(moves.size())).name();
              JsonNode ok = timed(timings, api, "POST", "/api/games/" + id + "/decision", token,
                  Map.of("action", action, "turn", turn));
              acks.add(new Ack(id, turn, a.name(), action, ok.get("seq").asLong()));
            }
            decided.await(60, TimeUnit.SECONDS);
            advanced.await(60, TimeUnit.SECONDS);
          }
          return null;
        }));
      }
    }
    for (Future<?> w : work) {
      w.get(120, TimeUnit.SECONDS);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    Map<String, Long> finalVersion = new HashMap<>();
    for (String id : games) {
      finalVersion.put(id, api.get("/api/games/" + id + "/console", f.key).get("game")
          .get("version").asLong());
    }
    boolean everyPageToldOfTheEnd = awaitCaughtUp(streamGame, streamSeen, finalVersion,
        TimeUnit.SECONDS.toNanos(60));
    streams.forEach(s -> s.cancel(true));

    // Every acknowledged decision is stored, and the last one of each seat was played.
    for (String id : games) {
      Map<Long, JsonNode> stored = new HashMap<>();
      api.get("/api/games/" + id + "/submissions", f.key)
          .forEach(s -> stored.put(s.get("seq").asLong(), s));
      Map<String, Ack> last = new HashMap<>();
      for (Ack ack : acks) {
        if (ack.game().equals(id)) {
          JsonNode s = stored.get(ack.seq());
          assertNotNull(s, "lost " + ack);
          assertEquals(ack.action(), s.get("action").asText());
          assertEquals(ack.turn(), s.get("turn").asInt());
          last.merge(ack.turn() + "/" + ack.country(), ack,
              (x, y) -> x.seq() > y.seq() ? x : y);
        }
      }
      assertEquals(TURNS * 5, last.size());
      JsonNode export = api.get("/api/games/" + id + "/export", f.key);
      assertTrue(export.get("ended").asBoolean());
      int played = 0;
      for (JsonNode d : export.get("decisions")) {
        if ("player".equals(d.get("seat").asText())) {
          Ack ack = last.get(d.get("turn").asInt() + "/" + d.get("country").asText());
          assertEquals(ack.action(), d.get("action").asText(), "played as decided");
          played++;
        }
      }
      assertEquals(TURNS * 5, played);
    }
    assertTrue(everyPageToldOfTheEnd, "every page was told of its game's last change ("
        + updates.get() + " updates pushed)");

    List<Long> all = new ArrayList<>(timings.stream().map(Timing::nanos).toList());
    Collections.sort(all);
    Map<String, Double> byKind = new java.util.TreeMap<>();
    for (String kind : new String[] {"GET me", "POST decision", "GET console", "POST advance"}) {
      List<Long> l = new ArrayList<>(timings.stream().filter(x -> x.kind().equals(kind))
          .map(Timing::nanos).toList());
      Collections.sort(l);
      byKind.put(kind, Math.round(l.get(l.size() / 2) / 1e5) / 10.0);
    }
    return new Stats(all.size(), acks.size(), seconds, all.get(all.size() / 2) / 1e6,
        all.get((int) (all.size() * 0.9)) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6,
        all.get(all.size() - 1) / 1e6, updates.get(), byKind);
  }

  private static JsonNode timed(ConcurrentLinkedQueue<Timing> timings, ApiClient api,
      String method, String path, String token, Object body) {
    ApiClient.Response r = api.call(method, path, token, body);
    timings.add(new Timing(method + " " + path.substring(path.lastIndexOf('/') + 1),
        r.nanos()));
    if (r.status() / 100 != 2) {
      throw new AssertionError(method + " " + path + " -> " + r.status() + " " + r.text());
    }
    return r.body();
  }
}
