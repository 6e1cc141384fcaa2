package org.peninsula.game.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures how long the live odds (the default 2,000 continuations) of a 15-year game take to
 * appear after a turn closes while six clients keep playing (five students deciding and
 * reading their screens, the teacher's console polling). Prints the figures.
 *
 * <p>A benchmark, not a test of behaviour: tagged {@code bench}, so the default build leaves it
 * out and {@code ./mvnw -B -Pbench -pl core test} runs it (docs/testing.md).
 */
@Tag("bench")
class LiveOddsLatencyTest {

  @TempDir Path data;

  @Test
  @Timeout(600)
  void liveOddsOfTwoThousandContinuationsArriveWhileSixClientsPlay() throws Exception {
    String before = System.getProperty("peninsula.odds.runs");
    System.setProperty("peninsula.odds.runs", "2000"); // the server's default, stated
    try (GameFixture f = new GameFixture(data)) {
      ApiClient api = f.api;
      // 60 turns of 3 months: the scenario's 15 years.
      String game = GameFixture.create(api, f.key, 3, 60, 4242, true);
      String[][] seats = {{"USA", "HOLD"}, {"CHN", "HOLD"}, {"RUS", "HOLD"},
          {"ROK", "HOLD"}, {"DPRK", "HOLD"}};
      List<String> tokens = new ArrayList<>();
      for (String[] s : seats) {
        tokens.add(GameFixture.join(api, game, "p" + s[0], s[0]));
      }
      long first = waitForOdds(api, game, f.key, 1, System.nanoTime());
      System.out.printf("live odds before turn 1 (2000 runs of the scenario, 180 months):"
          + " %.1f s%n", first / 1e9);
      api.ok("POST", "/api/games/" + game + "/start", f.key, Map.of());

      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong requests = new AtomicLong();
      AtomicLong slowest = new AtomicLong();
      List<Thread> clients = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        int k = i;
        Thread c = new Thread(() -> {
          while (!stop.get()) {
            ApiClient.Response r = k < 5
                ? api.call("POST", "/api/games/" + game + "/decision", tokens.get(k),
                    Map.of("action", "HOLD"))
                : api.call("GET", "/api/games/" + game + "/console", f.key, null);
            if (k < 5) {
              r = api.call("GET", "/api/games/" + game + "/me", tokens.get(k), null);
            }
            requests.incrementAndGet();
            slowest.accumulateAndGet(r.nanos(), Math::max);
            try {
              Thread.sleep(100);
            } catch (InterruptedException e) {
              return;
            }
          }
        }, "client-" + i);
        c.setDaemon(true);
        c.start();
        clients.add(c);
      }
      List<Double> seconds = new ArrayList<>();
      List<Double> partial = new ArrayList<>();
      try {
        for (int turn = 2; turn <= 4; turn++) {
          long t0 = System.nanoTime();
          api.ok("POST", "/api/games/" + game + "/advance", f.key, Map.of());
          partial.add(waitFor(api, game, f.key, turn, t0, false) / 1e9);
          seconds.add(waitForOdds(api, game, f.key, turn, t0) / 1e9);
        }
      } finally {
        stop.set(true);
        for (Thread c : clients) {
          c.join(5000);
        }
      }
      System.out.printf("live odds after a turn (2000 continuations, 6 clients playing,"
          + " %d cores): %s s; %d requests, slowest %.0f ms%n",
          Runtime.getRuntime().availableProcessors(), seconds.stream()
              .map(s -> String.format(java.util.Locale.ROOT, "%.1f", s)).toList(),
          requests.get(), slowest.get() / 1e6);
      System.out.printf("first partial odds (%d runs) after: %s s%n",
          org.peninsula.game.odds.LiveOdds.PUBLISH_EVERY, partial.stream()
              .map(s -> String.format(java.util.Locale.ROOT, "%.1f", s)).toList());
      for (double s : seconds) {
        assertTrue(s < 30, "live odds took " + s + " s");
      }
    } finally {
      if (before == null) {
        System.clearProperty("peninsula.odds.runs");
      } else {
        System.setProperty("peninsula.odds.runs", before);
      }
    }
  }

  /** Nanoseconds from {@code t0} until the odds of {@code turn} are complete. */
  private static long waitForOdds(ApiClient api, String game, String key, int turn, long t0)
      throws InterruptedException {
    return waitFor(api, game, key, turn, t0, true);
  }

  /** Nanoseconds until the odds of {@code turn} are shown (complete, or any partial). */
  private static long waitFor(ApiClient api, String game, String key, int turn, long t0,
      boolean complete) throws InterruptedException {
    while (System.nanoTime() - t0 < 120_000_000_000L) {
      ApiClient.Response r = api.call("GET", "/api/games/" + game + "/odds", key, null);
      JsonNode b = r.body();
      if (r.status() == 200 && b != null && b.get("turn").asInt() == turn
          && (!complete || b.get("complete").asBoolean())) {
        return System.nanoTime() - t0;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no odds for turn " + turn + " within 120 s");
  }
}
