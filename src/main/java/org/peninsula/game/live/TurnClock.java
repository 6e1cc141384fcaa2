package org.peninsula.game.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Turn deadlines: one timer per game, reset whenever the game's deadline changes. When it fires
 * it calls back with the game and the turn it was set for; the game ignores a stale call.
 */
public final class TurnClock implements AutoCloseable {

  /** Called when a deadline passes. */
  @FunctionalInterface
  public interface Due {
    void due(String gameId, int turn);
  }

  private final ScheduledExecutorService timer;
  private final Map<String, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();
  private final LongSupplier now;
  private volatile Due due = (g, t) -> { };

  public TurnClock(LongSupplier now) {
    this.now = now;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "turn-clock");
      t.setDaemon(true);
      return t;
    });
  }

  void onDue(Due callback) {
    this.due = callback;
  }

  /** Sets (or with a null deadline, clears) the timer of a game's open turn. */
  void set(String gameId, int turn, Long deadlineAt) {
    ScheduledFuture<?> old = deadlineAt == null ? timers.remove(gameId)
        : timers.put(gameId, timer.schedule(() -> fire(gameId, turn),
            Math.max(0, deadlineAt - now.getAsLong()), TimeUnit.MILLISECONDS));
    if (old != null) {
      old.cancel(false);
    }
  }

  private void fire(String gameId, int turn) {
    try {
      due.due(gameId, turn);
    } catch (RuntimeException e) {
      // a failed advance leaves the turn open; the teacher can still advance by hand
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
