package org.peninsula.game.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.peninsula.game.GameException;
import org.peninsula.game.TurnRecord;
import org.peninsula.game.store.InjectRow;
import org.peninsula.game.store.MoveRow;
import org.peninsula.game.store.SubmissionRow;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.InjectEvent;
import org.peninsula.model.Peninsula;
import org.peninsula.model.PlayerSeat;

/**
 * The open turn's book: the latest acknowledged decision of every seat a person holds, the
 * teacher's injects, and closing the turn (the decisions and the bots' moves played into the
 * simulation). Decisions are written under the read side of the game's lock (side by side,
 * latest stored wins); everything else under the write side.
 */
final class TurnBook {
  private final Game game;
  private final Map<Actor, PendingDecision> pending = new ConcurrentHashMap<>();
  private final List<InjectEvent> injects = new ArrayList<>();

  TurnBook(Game game) {
    this.game = game;
  }

  Map<Actor, PendingDecision> pending() {
    Map<Actor, PendingDecision> copy = new EnumMap<>(Actor.class);
    copy.putAll(pending);
    return Collections.unmodifiableMap(copy);
  }

  /** The live map (under the game's lock only). */
  Map<Actor, PendingDecision> pendingMap() {
    return pending;
  }

  List<InjectEvent> injects() {
    return List.copyOf(injects);
  }

  void drop(Actor a) {
    pending.remove(a);
  }

  void restoreDecision(Actor a, PendingDecision d) {
    pending.put(a, d);
  }

  void restoreInject(InjectEvent e) {
    injects.add(e);
  }

  /** Seats held by people that have not decided for the open turn. */
  List<Actor> undecided() {
    List<Actor> out = new ArrayList<>();
    for (Actor a : game.lobby().seats().keySet()) {
      if (!pending.containsKey(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /** True when every seat a person holds has decided (and at least one is held). */
  boolean everyoneDecided() {
    return !game.lobby().seats().isEmpty() && undecided().isEmpty();
  }

  /** Stores a decision (under the read side of the lock: see the class comment). */
  PendingDecision submit(Participant p, Actor claimed, String actionName, Integer claimedTurn,
      long now) {
    switch (game.status()) {
      case LOBBY -> throw GameException.conflict("the game has not started yet");
      case PAUSED -> throw GameException.conflict("the game is paused");
      case FINISHED -> throw GameException.conflict("the game is over");
      default -> { }
    }
    Actor actor = p.actor();
    if (actor == null) {
      throw GameException.forbidden("you do not play a country in this game");
    }
    if (claimed != null && claimed != actor) {
      throw GameException.forbidden("you play " + actor.name() + ", not " + claimed.name());
    }
    int turn = game.run().turnsPlayed();
    if (claimedTurn != null && claimedTurn != turn + 1) {
      throw GameException.conflict("turn " + claimedTurn + " is not open; the open turn is "
          + (turn + 1));
    }
    Action action = parseAction(actor, actionName);
    long seq = game.store().insertSubmission(new SubmissionRow(0, game.id(), turn,
        actor.name(), p.id(), action.name(), now));
    PendingDecision d = new PendingDecision(p.id(), action, turn, now, seq);
    pending.merge(actor, d, (old, mine) -> mine.seq() > old.seq() ? mine : old);
    return d;
  }

  static Action parseAction(Actor actor, String name) {
    if (name == null || name.isBlank()) {
      throw GameException.badRequest("an action is required");
    }
    Action a = Action.byName(actor, name.trim().toUpperCase(Locale.ROOT));
    if (a == null) {
      List<String> names = Action.repertoire(actor).stream().map(Action::name).toList();
      throw GameException.badRequest("'" + Game.clip(name) + "' is not a move of "
          + actor.displayName() + "; its moves are " + String.join(", ", names));
    }
    return a;
  }

  void inject(InjectEvent event, long now) {
    if (game.status() == GameStatus.FINISHED) {
      throw GameException.conflict("the game is over");
    }
    if (!game.injectMenu().contains(event)) {
      throw GameException.badRequest(event.name() + " is not on this game's list of injects");
    }
    if (injects.contains(event)) {
      throw GameException.conflict(event.name() + " is already injected for this turn");
    }
    game.store().insertInject(new InjectRow(0, game.id(), game.run().turnsPlayed(),
        event.name(), now));
    injects.add(event);
  }

  /**
   * Closes the open turn: every seat a person holds plays its latest decision (or holds), the
   * bots decide, the month or months are played. Stored before it is played.
   */
  void advance(long now) {
    GameStatus status = game.status();
    if (status != GameStatus.RUNNING) {
      throw GameException.conflict(status == GameStatus.LOBBY ? "start the game first"
          : status == GameStatus.PAUSED ? "the game is paused; resume it first"
              : "the game is over");
    }
    int turn = game.run().turnsPlayed();
    Map<Actor, TurnRecord.PlayerMove> moves = new EnumMap<>(Actor.class);
    List<MoveRow> rows = new ArrayList<>();
    for (Map.Entry<Actor, Participant> e : game.lobby().seats().entrySet()) {
      Actor a = e.getKey();
      PendingDecision d = pending.get(a);
      Action action = d != null ? d.action() : hold(a);
      moves.put(a, new TurnRecord.PlayerMove(action, e.getValue().name()));
      rows.add(new MoveRow(game.id(), turn, a.name(), action.name(), e.getValue().name()));
    }
    boolean last = turn + 1 >= game.setup().turns();
    GameStatus next = last ? GameStatus.FINISHED : GameStatus.RUNNING;
    int seconds = game.lifecycle().turnSeconds();
    Long deadline = !last && seconds > 0 ? now + seconds * 1000L : null;
    game.store().closeTurn(game.id(), turn, rows, now, next.name(), deadline);
    game.run().play(new TurnRecord(turn, moves, injects));
    pending.clear();
    injects.clear();
    game.lifecycle().turnClosed(next, deadline);
    if (game.run().finished() && next != GameStatus.FINISHED) {
      game.lifecycle().end(); // war ended the run inside the turn
    }
  }

  private static Action hold(Actor a) {
    return Action.hold(a);
  }

  /**
   * What the seats no person holds will play in the open turn's first month if nothing changes
   * before Advance: a copy of the simulation (its random generator included) plays that month
   * with the decisions and injects as they stand, so the move shown is the one the game will
   * draw; with it, the move the bot's utilities make likeliest. Empty once the game is over.
   */
  List<BotMove> botMoves() {
    if (game.run().finished() || game.status() == GameStatus.FINISHED) {
      return List.of();
    }
    Peninsula sim = game.run().copy();
    Map<Actor, Participant> held = game.lobby().seats();
    for (Map.Entry<Actor, Participant> e : held.entrySet()) {
      PlayerSeat seat = new PlayerSeat();
      PendingDecision d = pending.get(e.getKey());
      seat.submit(d != null ? d.action() : hold(e.getKey()));
      sim.setSeat(e.getKey(), seat);
    }
    injects.forEach(sim::injectNextMonth);
    List<BotMove> out = new ArrayList<>();
    sim.setChronicle(entry -> {
      if (entry instanceof ChronicleEntry.Decision d && !held.containsKey(d.actor())) {
        ChronicleEntry.Option best = null;
        for (ChronicleEntry.Option o : d.options()) {
          if (best == null || o.probability() > best.probability()) {
            best = o;
          }
        }
        out.add(new BotMove(d.actor(), d.chosen(), d.seat(),
            best == null ? null : best.action(), best == null ? Double.NaN
                : best.probability()));
      }
    });
    sim.stepMonth();
    out.sort((x, y) -> Integer.compare(x.actor().ordinal(), y.actor().ordinal()));
    return out;
  }
}
