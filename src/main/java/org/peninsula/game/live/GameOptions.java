package org.peninsula.game.live;

import org.peninsula.game.GameException;

/**
 * How a teacher runs a game: may students pick their own country, does the turn close by
 * itself once every seat has decided, and how long a turn stays open (0: no deadline).
 */
public record GameOptions(boolean allowPick, boolean autoAdvance, int turnSeconds) {

  public static final int MAX_TURN_SECONDS = 3 * 3600;

  public GameOptions {
    checkTurnSeconds(turnSeconds);
  }

  public static void checkTurnSeconds(int seconds) {
    if (seconds < 0 || seconds > MAX_TURN_SECONDS) {
      throw GameException.badRequest("a turn deadline must be between 0 (none) and "
          + MAX_TURN_SECONDS + " seconds, not " + seconds);
    }
  }
}
