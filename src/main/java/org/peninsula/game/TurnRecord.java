package org.peninsula.game;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.InjectEvent;

/**
 * What was decided outside the model for one turn: the move of every seat a person held (a seat
 * not listed was a bot's), and the teacher's injects, which open the turn's first month.
 */
public record TurnRecord(int turn, Map<Actor, PlayerMove> players, List<InjectEvent> injects) {

  /** A person's move for a whole turn. */
  public record PlayerMove(Action action, String player) {}

  public TurnRecord {
    if (turn < 0) {
      throw new IllegalArgumentException("turn " + turn);
    }
    Map<Actor, PlayerMove> copy = new EnumMap<>(Actor.class);
    copy.putAll(players);
    for (Map.Entry<Actor, PlayerMove> e : copy.entrySet()) {
      if (e.getValue().action().actor() != e.getKey()) {
        throw new IllegalArgumentException(e.getValue().action() + " is not a move of "
            + e.getKey());
      }
    }
    players = java.util.Collections.unmodifiableMap(copy);
    injects = List.copyOf(injects);
  }

  /** A turn with every seat a bot and no inject. */
  public static TurnRecord allBots(int turn) {
    return new TurnRecord(turn, Map.of(), List.of());
  }
}
