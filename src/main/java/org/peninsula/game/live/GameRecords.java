package org.peninsula.game.live;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peninsula.game.GameScenario;
import org.peninsula.game.GameSetup;
import org.peninsula.game.TurnRecord;
import org.peninsula.game.store.GameRow;
import org.peninsula.game.store.GameStore;
import org.peninsula.game.store.MoveRow;
import org.peninsula.game.store.ParticipantRow;
import org.peninsula.game.store.StoredGame;
import org.peninsula.game.store.SubmissionRow;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.InjectEvent;

/** A game's persistence: its first row in the store, and a stored game brought back. */
final class GameRecords {
  private GameRecords() {}

  /** A new game, stored before it is returned. */
  static Game create(String id, GameSetup setup, GameScenario scenario, GameOptions options,
      GameStore store, long now) {
    Game g = new Game(id, now, setup, scenario, options, GameStatus.LOBBY, false, null, null,
        store);
    store.insertGame(new GameRow(id, now, setup.scenarioFile(), setup.scenarioText(),
        setup.seed(), setup.turnMonths(), setup.turns(), options.allowPick(),
        options.autoAdvance(), options.turnSeconds(), GameStatus.LOBBY.name(), 0, null, null,
        false));
    return g;
  }

  /** A stored game brought back: the simulation is rebuilt by replaying its closed turns. */
  static Game restore(StoredGame s, GameScenario scenario, GameStore store) {
    GameRow r = s.game();
    GameSetup setup = new GameSetup(r.scenarioFile(), r.scenarioText(), r.seed(),
        r.turnMonths(), r.turns());
    Game g = new Game(r.id(), r.createdAt(), setup, scenario,
        new GameOptions(r.allowPick(), r.autoAdvance(), r.turnSeconds()),
        GameStatus.valueOf(r.status()), r.locked(), r.deadlineAt(), r.remainingMs(), store);
    g.change(() -> {
      for (ParticipantRow p : s.participants()) {
        g.lobby().restore(p);
      }
      for (int turn : s.closedTurns()) {
        Map<Actor, TurnRecord.PlayerMove> moves = new EnumMap<>(Actor.class);
        for (MoveRow m : s.moves()) {
          if (m.turn() == turn) {
            Actor a = Actor.valueOf(m.actor());
            moves.put(a, new TurnRecord.PlayerMove(Action.byName(a, m.action()), m.player()));
          }
        }
        List<InjectEvent> in = s.injects().stream().filter(i -> i.turn() == turn)
            .map(i -> InjectEvent.valueOf(i.event())).toList();
        g.run().play(new TurnRecord(turn, moves, in));
      }
      if (g.run().turnsPlayed() != r.turn()) {
        throw new IllegalStateException("game " + r.id() + ": stored turn " + r.turn()
            + " but " + g.run().turnsPlayed() + " closed turns");
      }
      s.injects().stream().filter(i -> i.turn() == r.turn())
          .forEach(i -> g.turns().restoreInject(InjectEvent.valueOf(i.event())));
      for (SubmissionRow sub : s.submissions()) {
        Actor a = Actor.valueOf(sub.actor());
        Participant holder = g.lobby().seatHolder(a);
        if (sub.turn() == r.turn() && holder != null
            && holder.id().equals(sub.participantId())) {
          g.turns().restoreDecision(a, new PendingDecision(sub.participantId(),
              Action.byName(a, sub.action()), sub.turn(), sub.at(), sub.seq()));
        }
      }
      if (g.run().finished()) {
        g.lifecycle().finishedByReplay();
      }
    });
    return g;
  }
}
