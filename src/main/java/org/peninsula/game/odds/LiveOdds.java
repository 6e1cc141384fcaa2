package org.peninsula.game.odds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.peninsula.experiment.Ensemble;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.experiment.EnsembleOptions;
import org.peninsula.experiment.EnsembleSummary;
import org.peninsula.experiment.FutureEstimate;
import org.peninsula.experiment.RunConsumer;
import org.peninsula.game.GameRun;
import org.peninsula.game.live.Game;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live odds of every game: after each closed turn (and before the first), continuations of
 * the game from where it stands, bots in every seat, run on a background thread that never holds
 * the game's lock. Every turn uses the game's seed as master seed (common random numbers across
 * turns), so a change in the odds comes from the game, not from the dice. Partial odds are
 * published every {@link #PUBLISH_EVERY} runs; a turn closing meanwhile cancels the stale
 * computation.
 *
 * <p>Before the first turn the odds are the scenario's own ensemble ({@code Ensemble.run} of the
 * scenario cut to the game's length, master seed the game's seed): what {@code ./peninsula run}
 * gives. After a turn they are continuations of the game's run, which keeps the parameters the
 * game drew, so the first turn's change also tells which of the scenario's worlds the class is
 * in.
 */
public final class LiveOdds implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveOdds.class);
  public static final int DEFAULT_RUNS = 2000;
  public static final long PUBLISH_EVERY = 250;

  private final int runs;
  private final int threads;
  private final Consumer<Game> onUpdate;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "live-odds");
    t.setDaemon(true);
    t.setPriority(Thread.NORM_PRIORITY - 1);
    return t;
  });
  private final Map<String, State> states = new ConcurrentHashMap<>();

  /** Odds of one game. */
  private static final class State {
    volatile int scheduledTurn = -1;
    volatile EnsembleControl control;
    volatile OddsView view;
    final Map<Integer, EnsembleSummary> finals = new ConcurrentHashMap<>();
  }

  /**
   * {@code onUpdate} is called (on the odds thread) whenever a game's odds change; with
   * {@code runs} 0 live odds are off.
   */
  public LiveOdds(int runs, int threads, Consumer<Game> onUpdate) {
    if (runs < 0 || threads < 1) {
      throw new IllegalArgumentException("runs " + runs + ", threads " + threads);
    }
    this.runs = runs;
    this.threads = threads;
    this.onUpdate = onUpdate;
  }

  public int runs() {
    return runs;
  }

  public int threads() {
    return threads;
  }

  /**
   * Call after every change to a game (a Games listener): schedules the odds from the start of
   * the open turn. A game that is over has no open turn: no odds past its end (its state is
   * released once its debrief has read it: see {@link #forget}).
   */
  public void changed(Game g) {
    if (runs == 0 || over(g)) {
      return; // live odds are off, or the game is over
    }
    State s = states.computeIfAbsent(g.id(), k -> new State());
    Job job;
    synchronized (s) {
      int turn = g.turn();
      if (turn == s.scheduledTurn) {
        return;
      }
      // Read what the odds need under the game's lock, briefly; run them outside it.
      job = g.read(x -> {
        if (over(x)) {
          return null;
        }
        GameRun run = x.run();
        int t = run.turnsPlayed();
        return new Job(x, t, t == 0 ? null : run.snapshot(), t == 0 ? null
            : salientEvent(run.lastTurn()));
      });
      if (job == null || job.turn == s.scheduledTurn) {
        return;
      }
      s.scheduledTurn = job.turn;
      if (s.control != null) {
        s.control.cancel();
      }
      s.control = job.control;
    }
    executor.execute(() -> {
      try {
        compute(s, job);
      } catch (RuntimeException e) {
        LOG.error("live odds of game {} turn {} failed", g.id(), job.turn + 1, e);
      }
    });
  }

  /** Over: ended, or played to its last turn, or ended by war (read under the game's lock). */
  private static boolean over(Game g) {
    return g.read(x -> x.status() == org.peninsula.game.live.GameStatus.FINISHED
        || x.run().finished() || x.run().turnsPlayed() >= x.setup().turns());
  }

  /** Games whose odds are held (for tests of what a long-running server keeps). */
  public int tracked() {
    return states.size();
  }

  private record Job(Game game, int turn, byte[] snapshot, String event,
      EnsembleControl control) {
    Job(Game game, int turn, byte[] snapshot, String event) {
      this(game, turn, snapshot, event, new EnsembleControl());
    }
  }

  /** The odds as they stand (possibly partial), or null before any are ready. */
  public OddsView view(String gameId) {
    State s = states.get(gameId);
    return s == null ? null : s.view;
  }

  /** The complete odds from the start of turn {@code turn} (0-based), or null. */
  public EnsembleSummary summary(String gameId, int turn) {
    State s = states.get(gameId);
    return s == null ? null : s.finals.get(turn);
  }

  /** The options every turn's odds use. */
  public EnsembleOptions options(Game g) {
    return new EnsembleOptions(runs, g.setup().seed(), threads, false);
  }

  private void compute(State s, Job job) {
    if (job.control.cancelled() || s.scheduledTurn != job.turn) {
      return;
    }
    Game g = job.game;
    // The last complete odds before this turn (the previous turn's, unless it was cut short).
    EnsembleSummary before = lastComplete(s, job.turn - 1);
    long[] counts = new long[Future.values().length];
    long[] done = {0};
    RunConsumer consumer = (i, seed, drawn, future, values, error) -> {
      if (future != null) {
        counts[future.ordinal()]++;
      }
      done[0] = i + 1;
      if (done[0] % PUBLISH_EVERY == 0 && done[0] < runs && !job.control.cancelled()) {
        long completed = 0;
        for (long c : counts) {
          completed += c;
        }
        List<FutureEstimate> est = new ArrayList<>();
        for (Future f : Future.values()) {
          est.add(FutureEstimate.of(f, counts[f.ordinal()], completed));
        }
        publish(s, job, view(job, est, done[0], false, before));
      }
    };
    EnsembleOptions options = options(g);
    EnsembleSummary summary = job.snapshot == null
        ? Ensemble.run(new GameSource(g.scenario(), g.setup()), options, null, consumer,
            job.control)
        : Ensemble.continueFrom(job.snapshot, options, true, null, consumer, job.control);
    if (job.control.cancelled()) {
      return;
    }
    s.finals.put(job.turn, summary);
    publish(s, job, view(job, summary.futures(), summary.runsAsked(), true, before));
  }

  private static EnsembleSummary lastComplete(State s, int turn) {
    for (int t = turn; t >= 0; t--) {
      EnsembleSummary found = s.finals.get(t);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private void publish(State s, Job job, OddsView v) {
    if (s.scheduledTurn != job.turn || job.control.cancelled()) {
      return;
    }
    s.view = v;
    onUpdate.accept(job.game);
  }

  private OddsView view(Job job, List<FutureEstimate> est, long done, boolean complete,
      EnsembleSummary before) {
    List<OddsView.FutureOdds> out = new ArrayList<>();
    for (FutureEstimate e : est) {
      Double prev = before == null ? null : before.probability(e.future());
      out.add(new OddsView.FutureOdds(e.future().name(), e.future().label(), e.probability(),
          e.low(), e.high(), prev));
    }
    String headline = null;
    if (before != null) {
      double war = est.get(Future.ESCALATION_TO_WAR.ordinal()).probability();
      headline = "war risk " + percent(before.probability(Future.ESCALATION_TO_WAR)) + " \u2192 "
          + percent(war) + (job.event == null ? "" : " after " + job.event);
    }
    return new OddsView(job.turn + 1, job.turn == 0 ? "scenario" : "game", done, runs, complete,
        job.game.setup().seed(), headline, job.event, out);
  }

  public static String percent(double p) {
    return Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * p);
  }

  /**
   * The most salient thing that happened in a turn: war, then the teacher's injects, strategic
   * tests, clashes, deals and talks, Council votes, elections; failing those, a player's move.
   */
  static String salientEvent(List<ChronicleEntry> turn) {
    String best = null;
    org.peninsula.model.Action move = null;
    int bestRank = 0;
    for (ChronicleEntry e : turn) {
      if (e instanceof ChronicleEntry.Event ev) {
        int rank = switch (ev.kind()) {
          case WAR -> 100;
          case INJECT -> ev.text().endsWith("(injected)") ? 95 : 90; // the teacher's first
          case WEAPONS_TEST -> ev.text().toLowerCase(Locale.ROOT).contains("icbm")
              || ev.text().toLowerCase(Locale.ROOT).contains("nuclear") ? 85 : 45;
          case CLASH -> 80;
          case DEAL, DEAL_BROKEN -> 75;
          case TALKS_COLLAPSED -> 70;
          case TALKS_OPENED, SUMMIT -> 65;
          case RESOLUTION_PASSED, RESOLUTION_VETOED -> 55;
          case ELECTION -> 50;
          case RESOLUTION_FAILED -> 40;
        };
        if (rank > bestRank) {
          bestRank = rank;
          best = ev.text();
          move = null;
        }
      } else if (e instanceof ChronicleEntry.Decision d && bestRank < 10
          && "player".equals(d.seat())) {
        bestRank = 10;
        best = null;
        move = d.chosen();
      }
    }
    if (best == null) {
      return move == null ? null : Headlines.move(move);
    }
    return Headlines.event(best);
  }

  /** Runs {@code task} on the odds thread after the computations queued so far. */
  void after(Runnable task) {
    executor.execute(task);
  }

  /** Forgets a game's odds (cancelling any computation). */
  public void forget(String gameId) {
    State s = states.remove(gameId);
    if (s != null && s.control != null) {
      s.control.cancel();
    }
  }

  @Override
  public void close() {
    states.values().forEach(s -> {
      if (s.control != null) {
        s.control.cancel();
      }
    });
    executor.shutdownNow();
  }
}
