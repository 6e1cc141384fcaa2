package org.peninsula.game.live;

/** Where a game stands. */
public enum GameStatus {
  /** Created; students join and take seats; nothing is played yet. */
  LOBBY,
  /** Turns are open for decisions and advance. */
  RUNNING,
  /** Frozen by the teacher: no decisions, no advancing, the clock stopped. */
  PAUSED,
  /** Played to its last turn, ended by war, or ended by the teacher. */
  FINISHED
}
