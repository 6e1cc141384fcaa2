package org.peninsula.game.live;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.peninsula.game.GameException;
import org.peninsula.game.store.ParticipantRow;
import org.peninsula.model.Actor;

/**
 * A game's lobby and seats: who joined (under which name), who holds which country, the
 * secrets that prove who is who, and whether the lobby takes new players. Every method runs
 * under the game's lock (the caller takes it; see {@link Game}); every change is stored first.
 */
final class Lobby {
  private final Game game;
  private final boolean allowPick;
  private final Map<String, Participant> participants = new LinkedHashMap<>();
  /** Read without the lock (token checks on every request), hence concurrent. */
  private final Map<String, Participant> byTokenHash = new ConcurrentHashMap<>();
  private final Map<Actor, Participant> seats = new EnumMap<>(Actor.class);
  private boolean locked;

  Lobby(Game game, boolean allowPick, boolean locked) {
    this.game = game;
    this.allowPick = allowPick;
    this.locked = locked;
  }

  // ---- reading ------------------------------------------------------------------------------

  boolean allowPick() {
    return allowPick;
  }

  boolean locked() {
    return locked;
  }

  List<Participant> participants() {
    return List.copyOf(participants.values());
  }

  Participant seatHolder(Actor a) {
    return seats.get(a);
  }

  /** The seats people hold, in country order. */
  Map<Actor, Participant> seats() {
    return new EnumMap<>(seats);
  }

  Participant byToken(String token) {
    return token == null || token.length() > 64 ? null : byTokenHash.get(Tokens.hash(token));
  }

  private Participant participant(String participantId) {
    Participant p = participantId == null ? null : participants.get(participantId);
    if (p == null) {
      throw GameException.notFound("no participant " + Game.clip(String.valueOf(participantId))
          + " in this game");
    }
    return p;
  }

  // ---- restoring ----------------------------------------------------------------------------

  void restore(ParticipantRow row) {
    Actor a = row.actor() == null ? null : Actor.valueOf(row.actor());
    Participant p = new Participant(row.id(), row.name(), row.tokenHash(), row.rejoinHash(),
        row.joinedAt(), a);
    participants.put(p.id(), p);
    byTokenHash.put(p.tokenHash(), p);
    if (a != null) {
      seats.put(a, p);
    }
  }

  // ---- students -----------------------------------------------------------------------------

  Participant join(String rawName, Actor wanted, String tokenHash, String rejoinHash,
      long now, int maxParticipants) {
    if (game.status() == GameStatus.FINISHED) {
      throw GameException.conflict("this game is over; it takes no more players");
    }
    if (locked) {
      throw GameException.conflict("this game's lobby is locked; ask the teacher to open it"
          + " (if you were in this game, come back with your rejoin code)");
    }
    if (participants.size() >= maxParticipants) {
      throw GameException.conflict("this game is full (" + maxParticipants + " players)");
    }
    String name = Names.clean(rawName);
    checkFreeName(name, null);
    if (wanted != null) {
      checkPick(wanted);
    }
    Participant p = new Participant(Tokens.newId(), name, tokenHash, rejoinHash, now, wanted);
    game.store().insertParticipant(new ParticipantRow(p.id(), game.id(), name, tokenHash,
        wanted == null ? null : wanted.name(), now, rejoinHash));
    participants.put(p.id(), p);
    byTokenHash.put(tokenHash, p);
    if (wanted != null) {
      seats.put(wanted, p);
    }
    return p;
  }

  /** The participant whose rejoin code hashes to {@code rejoinHash}, now with a new token. */
  Participant rejoin(String rejoinHash, String newTokenHash) {
    Participant found = null;
    for (Participant p : participants.values()) {
      if (p.rejoinHash() != null && Tokens.same(p.rejoinHash(), rejoinHash)) {
        found = p;
      }
    }
    if (found == null) {
      throw GameException.forbidden("this rejoin code does not belong to a player of this"
          + " game");
    }
    newSecrets(found, newTokenHash, null);
    return found;
  }

  /** Teacher: a fresh rejoin code for a student who lost theirs (the old one stops working). */
  void newRejoinCode(String participantId, String rejoinHash) {
    Participant p = participant(participantId);
    newSecrets(p, p.tokenHash(), rejoinHash);
  }

  private void newSecrets(Participant p, String tokenHash, String rejoinHash) {
    game.store().updateParticipantSecrets(game.id(), p.id(), tokenHash, rejoinHash);
    byTokenHash.remove(p.tokenHash());
    p.secrets(tokenHash, rejoinHash);
    byTokenHash.put(tokenHash, p);
  }

  void pick(Participant p, Actor wanted) {
    if (game.status() == GameStatus.FINISHED) {
      throw GameException.conflict("this game is over");
    }
    if (p.actor() != null) {
      throw GameException.conflict("you already play " + p.actor().displayName()
          + "; ask the teacher to move you");
    }
    checkPick(wanted);
    game.store().assignSeat(game.id(), wanted.name(), p.id());
    seat(p, wanted);
  }

  private void checkPick(Actor wanted) {
    if (!allowPick) {
      throw GameException.forbidden("in this game the teacher assigns the countries");
    }
    Participant holder = seats.get(wanted);
    if (holder != null) {
      throw GameException.conflict(wanted.displayName() + " is already played by "
          + holder.name());
    }
  }

  private void checkFreeName(String name, Participant self) {
    String key = Names.key(name);
    for (Participant p : participants.values()) {
      if (p != self && Names.key(p.name()).equals(key)) {
        throw GameException.conflict("the name '" + name + "' is taken in this game"
            + (p.name().equals(name) ? "" : " (as '" + p.name() + "')") + "; choose another"
            + " or, if it is yours, come back with your rejoin code");
      }
    }
  }

  // ---- teacher ------------------------------------------------------------------------------

  /**
   * Gives {@code actor} to a participant (null: to a bot). Taking a seat from a student who has
   * decided this turn, or moving one who has, drops that decision: refused (409) unless
   * {@code confirm}.
   */
  void assign(Actor actor, String participantId, boolean confirm) {
    if (game.status() == GameStatus.FINISHED) {
      throw GameException.conflict("the game is over");
    }
    Participant p = participantId == null ? null : participant(participantId);
    Participant old = seats.get(actor);
    if (old == p) {
      return;
    }
    if (!confirm) {
      Map<Actor, PendingDecision> pending = game.turns().pendingMap();
      if (old != null && pending.containsKey(actor)) {
        throw GameException.conflict(old.name() + " has already decided for "
            + actor.displayName() + " this turn; send confirm: true to re-seat anyway (the"
            + " decision is dropped)");
      }
      if (p != null && p.actor() != null && pending.containsKey(p.actor())) {
        throw GameException.conflict(p.name() + " has already decided for "
            + p.actor().displayName() + " this turn; send confirm: true to re-seat anyway"
            + " (the decision is dropped)");
      }
    }
    game.store().assignSeat(game.id(), actor.name(), p == null ? null : p.id());
    if (old != null) {
      old.seat(null);
      seats.remove(actor);
      game.turns().drop(actor);
    }
    if (p != null) {
      seat(p, actor);
    }
  }

  private void seat(Participant p, Actor actor) {
    if (p.actor() != null) {
      seats.remove(p.actor());
      game.turns().drop(p.actor());
    }
    p.seat(actor);
    seats.put(actor, p);
    game.turns().drop(actor);
  }

  void rename(String participantId, String rawName) {
    Participant p = participant(participantId);
    String name = Names.clean(rawName);
    checkFreeName(name, p);
    game.store().renameParticipant(game.id(), p.id(), name);
    p.rename(name);
  }

  /** Removes a participant: their seat goes to a bot, their token stops working. */
  void remove(String participantId) {
    Participant p = participant(participantId);
    if (p.actor() != null) {
      game.store().assignSeat(game.id(), p.actor().name(), null);
      seats.remove(p.actor());
      game.turns().drop(p.actor());
      p.seat(null);
    }
    game.store().deleteParticipant(game.id(), p.id());
    participants.remove(p.id());
    byTokenHash.remove(p.tokenHash());
  }

  void lock(boolean value) {
    if (locked != value) {
      game.store().updateLocked(game.id(), value);
      locked = value;
    }
  }

  /** Set with the start of the game, which stores it in the same write. */
  void lockedByStart() {
    locked = true;
  }
}
