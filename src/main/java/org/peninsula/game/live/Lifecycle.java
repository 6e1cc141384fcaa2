package org.peninsula.game.live;

import java.util.Locale;
import org.peninsula.game.GameException;

/**
 * A game's status and clock: lobby, running, paused, finished; the open turn's deadline (or,
 * while paused, the time it had left) and the turn length. Every method runs under the write
 * side of the game's lock; every change is stored first.
 */
final class Lifecycle {
  private final Game game;
  private GameStatus status;
  private int turnSeconds;
  private Long deadlineAt;
  private Long remainingMs;

  Lifecycle(Game game, GameStatus status, int turnSeconds, Long deadlineAt, Long remainingMs) {
    this.game = game;
    this.status = status;
    this.turnSeconds = turnSeconds;
    this.deadlineAt = deadlineAt;
    this.remainingMs = remainingMs;
  }

  GameStatus status() {
    return status;
  }

  int turnSeconds() {
    return turnSeconds;
  }

  Long deadlineAt() {
    return deadlineAt;
  }

  Long remainingMs() {
    return remainingMs;
  }

  void start(long now) {
    if (status != GameStatus.LOBBY) {
      throw GameException.conflict("the game has already started");
    }
    Long deadline = turnSeconds > 0 ? now + turnSeconds * 1000L : null;
    game.store().updateStarted(game.id(), GameStatus.RUNNING.name(), deadline);
    game.lobby().lockedByStart();
    set(GameStatus.RUNNING, deadline, null);
  }

  void pause(long now) {
    if (status != GameStatus.RUNNING) {
      throw GameException.conflict("only a running game can be paused (it is "
          + status.name().toLowerCase(Locale.ROOT) + ")");
    }
    change(GameStatus.PAUSED, null, deadlineAt == null ? null : Math.max(0, deadlineAt - now));
  }

  void resume(long now) {
    if (status != GameStatus.PAUSED) {
      throw GameException.conflict("only a paused game can be resumed");
    }
    change(GameStatus.RUNNING, remainingMs == null ? null : now + remainingMs, null);
  }

  void end() {
    if (status == GameStatus.FINISHED) {
      throw GameException.conflict("the game is already over");
    }
    change(GameStatus.FINISHED, null, null);
  }

  void setTurnSeconds(int seconds, long now) {
    GameOptions.checkTurnSeconds(seconds);
    if (status == GameStatus.FINISHED) {
      throw GameException.conflict("the game is over");
    }
    game.store().updateTurnSeconds(game.id(), seconds);
    turnSeconds = seconds;
    Long ms = seconds > 0 ? seconds * 1000L : null;
    if (status == GameStatus.RUNNING) {
      change(status, ms == null ? null : now + ms, null);
    } else if (status == GameStatus.PAUSED) {
      change(status, null, ms);
    }
  }

  /** After a turn was closed (the store already holds the new status and deadline). */
  void turnClosed(GameStatus next, Long deadline) {
    set(next, deadline, null);
  }

  /** A stored game found finished by its replay (war) but not marked so. */
  void finishedByReplay() {
    if (status != GameStatus.FINISHED) {
      change(GameStatus.FINISHED, null, null);
    }
  }

  private void change(GameStatus next, Long deadline, Long remaining) {
    game.store().updateState(game.id(), next.name(), deadline, remaining);
    set(next, deadline, remaining);
  }

  private void set(GameStatus next, Long deadline, Long remaining) {
    status = next;
    deadlineAt = deadline;
    remainingMs = remaining;
  }
}
