package org.peninsula.game.odds;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.game.GameException;
import org.peninsula.game.live.Game;
import org.peninsula.game.live.GameStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The debriefs of finished games, built once on the odds thread as soon as a game ends (after
 * its last odds), kept in memory, and built on demand after a restart.
 */
public final class Debriefs {
  private static final Logger LOG = LoggerFactory.getLogger(Debriefs.class);

  private final LiveOdds live;
  private final int runs;
  private final int cfRuns;
  /** Debriefs kept in memory at most; an older one is built again when asked for. */
  public static final int KEEP = 8;

  /** Access order: the least recently asked-for debrief goes first. Guarded by itself. */
  private final Map<String, CompletableFuture<byte[]>> built =
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<byte[]>> e) {
          return size() > KEEP && e.getValue().isDone();
        }
      };

  public Debriefs(LiveOdds live, int runs, int cfRuns) {
    this.live = live;
    this.runs = runs;
    this.cfRuns = cfRuns;
  }

  /**
   * A Games listener: starts the debrief of a game that has just finished (when live odds are
   * on; otherwise it is built when first asked for).
   */
  public void changed(Game g) {
    if (live.runs() > 0 && g.status() == GameStatus.FINISHED) {
      start(g);
    }
  }

  private CompletableFuture<byte[]> start(Game g) {
    synchronized (built) {
      return built.computeIfAbsent(g.id(), id -> build(g));
    }
  }

  private CompletableFuture<byte[]> build(Game g) {
    CompletableFuture<byte[]> f = new CompletableFuture<>();
    live.after(() -> {
      try {
        long t0 = System.nanoTime();
        Debrief.Findings found;
        try {
          found = Debrief.findings(g, live, runs, cfRuns, live.threads(),
              new EnsembleControl());
        } finally {
          // The finished game's odds are read: release them (a long-running server would
          // otherwise keep every game's ensembles).
          live.forget(g.id());
        }
        if (Thread.currentThread().isInterrupted()) {
          throw new IllegalStateException("interrupted by the server's shutdown");
        }
        f.complete(Debrief.html(found).getBytes(StandardCharsets.UTF_8));
        trim();
        LOG.info("debrief of game {} ready in {} ms", g.id(),
            (System.nanoTime() - t0) / 1_000_000);
      } catch (RuntimeException | Error e) {
        LOG.error("debrief of game {} failed", g.id(), e);
        f.completeExceptionally(e);
      }
    });
    return f;
  }

  /** Drops the least recently asked-for finished debriefs beyond {@link #KEEP}. */
  private void trim() {
    synchronized (built) {
      var it = built.entrySet().iterator();
      while (built.size() > KEEP && it.hasNext()) {
        if (it.next().getValue().isDone()) {
          it.remove();
        }
      }
    }
  }

  /** The debrief page of a finished game, waiting up to {@code seconds} for it. */
  public byte[] get(Game g, int seconds) {
    if (g.status() != GameStatus.FINISHED) {
      throw GameException.conflict("the debrief is ready when the game is over");
    }
    CompletableFuture<byte[]> f = start(g);
    try {
      return f.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new GameException(503, "the debrief is still being prepared; try again in a"
          + " moment");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GameException(503, "interrupted");
    } catch (ExecutionException e) {
      synchronized (built) {
        built.remove(g.id(), f);
      }
      throw new IllegalStateException("debrief failed", e.getCause());
    }
  }

  /** True once the debrief of this game is ready. */
  public boolean ready(String gameId) {
    synchronized (built) {
      CompletableFuture<byte[]> f = built.get(gameId);
      return f != null && f.isDone() && !f.isCompletedExceptionally();
    }
  }

  /** Debriefs held in memory (at most {@link #KEEP} once built). */
  public int kept() {
    synchronized (built) {
      return built.size();
    }
  }
}
