package org.peninsula.game.live;

import org.peninsula.model.Actor;

/**
 * A student who joined a game. Name, seat and secrets change only under the game's write lock
 * (the fields are volatile so readers without it see a whole value).
 */
public final class Participant {
  private final String id;
  private final long joinedAt;
  private volatile String name;
  private volatile String tokenHash;
  private volatile String rejoinHash;
  private volatile Actor actor;

  Participant(String id, String name, String tokenHash, String rejoinHash, long joinedAt,
      Actor actor) {
    this.id = id;
    this.name = name;
    this.tokenHash = tokenHash;
    this.rejoinHash = rejoinHash;
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

  String rejoinHash() {
    return rejoinHash;
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

  void rename(String newName) {
    this.name = newName;
  }

  void secrets(String newTokenHash, String newRejoinHash) {
    this.tokenHash = newTokenHash;
    if (newRejoinHash != null) {
      this.rejoinHash = newRejoinHash;
    }
  }
}
