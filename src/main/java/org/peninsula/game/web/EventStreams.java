package org.peninsula.game.web;

import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.peninsula.game.live.Game;

/**
 * Server-sent events: every open page of a game gets an "update" event carrying the game's new
 * version whenever it changes, and fetches its view again. Changes within {@link #COALESCE_MS}
 * are told once (a class deciding at once makes one refresh, not thirty). Sending happens on
 * its own thread, so a slow phone never holds up a request; a comment every 15 s keeps
 * connections open.
 */
final class EventStreams implements AutoCloseable {
  static final long COALESCE_MS = 150;

  private final Map<String, Set<SseClient>> clients = new ConcurrentHashMap<>();
  private final Map<String, Boolean> due = new ConcurrentHashMap<>();
  private final ScheduledExecutorService sender =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sse"));

  EventStreams() {
    sender.scheduleAtFixedRate(this::ping, 15, 15, TimeUnit.SECONDS);
  }

  void add(Game g, SseClient client) {
    Set<SseClient> set = clients.computeIfAbsent(g.id(), k -> ConcurrentHashMap.newKeySet());
    client.keepAlive();
    client.onClose(() -> set.remove(client));
    set.add(client);
    send(client, g.version());
  }

  /** Tells every page of {@code g}, shortly, that it changed. */
  void changed(Game g) {
    Set<SseClient> set = clients.get(g.id());
    if (set != null && !set.isEmpty() && due.putIfAbsent(g.id(), Boolean.TRUE) == null) {
      sender.schedule(() -> {
        due.remove(g.id());
        long version = g.version();
        set.forEach(c -> send(c, version));
      }, COALESCE_MS, TimeUnit.MILLISECONDS);
    }
  }

  /** Tells every page of {@code g} that its live odds moved (they fetch them again). */
  void odds(Game g) {
    Set<SseClient> set = clients.get(g.id());
    if (set != null && !set.isEmpty() && !sender.isShutdown()) {
      sender.execute(() -> set.forEach(c -> {
        synchronized (c) {
          if (!c.terminated()) {
            c.sendEvent("odds", "{}");
          }
        }
      }));
    }
  }

  int open(String gameId) {
    Set<SseClient> set = clients.get(gameId);
    return set == null ? 0 : set.size();
  }

  private static void send(SseClient c, long version) {
    synchronized (c) {
      if (!c.terminated()) {
        c.sendEvent("update", "{\"version\":" + version + "}");
      }
    }
  }

  private void ping() {
    for (Set<SseClient> set : clients.values()) {
      for (SseClient c : set) {
        synchronized (c) {
          if (!c.terminated()) {
            c.sendComment("ping");
          }
        }
      }
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  @Override
  public void close() {
    sender.shutdownNow();
    clients.values().forEach(set -> set.forEach(SseClient::close));
  }
}
