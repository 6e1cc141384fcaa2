package org.peninsula.game.odds;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peninsula.experiment.Ensemble;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.experiment.EnsembleOptions;
import org.peninsula.experiment.EnsembleSummary;
import org.peninsula.game.GameException;
import org.peninsula.game.GameRun;
import org.peninsula.game.GameScenario;
import org.peninsula.game.GameSetup;
import org.peninsula.game.TurnRecord;
import org.peninsula.game.live.Game;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;

/**
 * "What if country X had chosen Y in turn k": the game is replayed to turn k from its stored
 * decisions, turn k is played with that one decision changed (X's move for the whole turn, as
 * if a player had chosen it), and the odds are the continuations from there, bots in every seat.
 * The odds of what happened are the continuations from the game's own state after turn k, with
 * the same master seed and run count (common random numbers), so the difference is the
 * decision's, not the dice's.
 */
public final class Counterfactual {
  private Counterfactual() {}

  /** What the game recorded, copied under its lock. */
  public record History(GameScenario scenario, GameSetup setup, List<TurnRecord> played,
      List<ChronicleEntry.Decision> decisions, int turnMonths) {

    public static History of(Game g) {
      return g.read(x -> new History(x.scenario(), x.setup(), List.copyOf(x.run().played()),
          x.run().chronicle().stream().filter(e -> e instanceof ChronicleEntry.Decision)
              .map(e -> (ChronicleEntry.Decision) e).toList(), x.setup().turnMonths()));
    }

    /** The decision {@code actor} took in the first month of turn {@code turn}, or null. */
    public ChronicleEntry.Decision decision(int turn, Actor actor) {
      int month = turn * turnMonths;
      for (ChronicleEntry.Decision d : decisions) {
        if (d.month() == month && d.actor() == actor) {
          return d;
        }
      }
      return null;
    }
  }

  /**
   * @param turn 0-based
   * @param actual the move actually played in the turn's first month
   */
  public record Result(int turn, Actor actor, Action actual, Action instead,
      EnsembleSummary happened, EnsembleSummary whatIf) {}

  /** The game's state after turn {@code turn} (0-based) was played with {@code changed}. */
  static byte[] stateAfter(History h, int turn, Actor actor, Action changed) {
    GameRun run = GameRun.of(h.scenario(), h.setup());
    for (int i = 0; i < turn; i++) {
      run.play(h.played().get(i));
    }
    TurnRecord t = h.played().get(turn);
    if (changed != null) {
      Map<Actor, TurnRecord.PlayerMove> moves = new EnumMap<>(Actor.class);
      moves.putAll(t.players());
      moves.put(actor, new TurnRecord.PlayerMove(changed, "what if"));
      t = new TurnRecord(turn, moves, t.injects());
    }
    run.play(t);
    return run.snapshot();
  }

  /**
   * The odds after turn {@code turn} with {@code actor} choosing {@code instead}, and the odds of
   * what happened ({@code happened} if already known, e.g. the live odds of the next turn).
   */
  public static Result compute(History h, int turn, Actor actor, Action instead,
      EnsembleOptions options, EnsembleSummary happened, EnsembleControl control) {
    if (turn < 0 || turn >= h.played().size()) {
      throw GameException.badRequest("turn " + (turn + 1) + " has not been played; turns 1 to "
          + h.played().size() + " have");
    }
    if (instead == null || instead.actor() != actor) {
      throw GameException.badRequest("that is not a move of " + actor.displayName());
    }
    ChronicleEntry.Decision d = h.decision(turn, actor);
    Action actual = d == null ? null : d.chosen();
    EnsembleSummary real = happened != null ? happened
        : Ensemble.continueFrom(stateAfter(h, turn, actor, null), options, true, null, control);
    EnsembleSummary alt = Ensemble.continueFrom(stateAfter(h, turn, actor, instead), options,
        true, null, control);
    return new Result(turn, actor, actual, instead, real, alt);
  }

  /** The move the model's bot found most likely for {@code d} (highest logit probability). */
  public static Action botChoice(ChronicleEntry.Decision d) {
    ChronicleEntry.Option best = null;
    for (ChronicleEntry.Option o : d.options()) {
      if (best == null || o.probability() > best.probability()) {
        best = o;
      }
    }
    return best == null ? null : best.action();
  }
}
