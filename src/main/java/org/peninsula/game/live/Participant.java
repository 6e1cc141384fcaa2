package org.peninsula.game.live;

import org.peninsula.model.Actor;

/**
 * A student who joined a game. The seat ({@link #actor()}) changes only under the game's write
 * lock.
 */
public final class Participant {
  private final String id;
  private final String name;
  private final String tokenHash;
  private final long joinedAt;
  private volatile Actor actor;

  Participant(String id, String name, String tokenHash, long joinedAt, Actor actor) {
    this.id = id;
    this.name = name;
    this.tokenHash = tokenHash;
    this.joinedAt = joinedAt;
    this.actor = actor;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  String tokenHash() {
    return tokenHash;
  }

  public long joinedAt() {
    return joinedAt;
  }

  /** The country this student plays, or null while they only watch. */
  public Actor actor() {
    return actor;
  }

  void seat(Actor a) {
    this.actor = a;
  }
}
