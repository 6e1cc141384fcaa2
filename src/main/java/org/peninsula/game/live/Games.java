package org.peninsula.game.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.peninsula.game.GameException;
import org.peninsula.game.GameScenario;
import org.peninsula.game.GameSetup;
import org.peninsula.game.ScenarioReader;
import org.peninsula.game.store.GameStore;
import org.peninsula.game.store.StoredGame;
import org.peninsula.model.Actor;
import org.peninsula.model.InjectEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All games of a server: creating and finding them, checking students' tokens, and carrying out
 * requests. After each change the game's clock is reset and listeners (the pages' event
 * streams) are told.
 */
public final class Games implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Games.class);

  private final GameStore store;
  private final ScenarioReader reader;
  private final LongSupplier now;
  private final TurnClock clock;
  private final Map<String, Game> games = new ConcurrentHashMap<>();
  private final List<Consumer<Game>> listeners = new CopyOnWriteArrayList<>();
  private final List<String> unrestorable = new CopyOnWriteArrayList<>();
  private volatile int maxParticipants = DEFAULT_MAX_PARTICIPANTS;

  /** Players a game takes at most unless the server says otherwise. */
  public static final int DEFAULT_MAX_PARTICIPANTS = 40;

  private Games(GameStore store, ScenarioReader reader, LongSupplier now) {
    this.store = store;
    this.reader = reader;
    this.now = now;
    this.clock = new TurnClock(now);
    clock.onDue(this::deadlinePassed);
  }

  /** The games in {@code store}, each rebuilt at its open turn with its clock running. */
  public static Games open(GameStore store, ScenarioReader reader, LongSupplier now) {
    Games g = new Games(store, reader, now);
    for (StoredGame s : store.loadAll()) {
      try {
        GameScenario scenario = reader.read(s.game().scenarioFile(), s.game().scenarioText());
        Game game = GameRecords.restore(s, scenario, store);
        g.games.put(game.id(), game);
      } catch (RuntimeException e) {
        // One unreadable game (say, a scenario the loader no longer accepts) must not keep
        // the class's other games from coming back; it stays in the database untouched.
        LOG.error("game {} could not be restored and is left out: {}", s.game().id(),
            e.getMessage());
        g.unrestorable.add(s.game().id());
      }
    }
    g.games.values().forEach(g::changed);
    return g;
  }

  public static Games open(GameStore store, ScenarioReader reader) {
    return open(store, reader, System::currentTimeMillis);
  }

  /** Caps the players of every game (joins beyond it are refused with 409). */
  public void setMaxParticipants(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("at most " + max + " players");
    }
    this.maxParticipants = max;
  }

  public int maxParticipants() {
    return maxParticipants;
  }

  /** Ids of stored games that could not be rebuilt at start-up (logged, left in the DB). */
  public List<String> unrestorable() {
    return List.copyOf(unrestorable);
  }

  /** Called, outside any game's lock, after every change to a game. */
  public void addListener(Consumer<Game> listener) {
    listeners.add(listener);
  }

  public List<Game> all() {
    List<Game> list = new ArrayList<>(games.values());
    list.sort(Comparator.comparingLong(Game::createdAt).reversed());
    return list;
  }

  /** The game with this id or join code (case-insensitive). */
  public Game get(String id) {
    Game g = id == null ? null : games.get(id.trim().toUpperCase(Locale.ROOT));
    if (g == null) {
      throw GameException.notFound("no game with code '" + (id == null ? "" : Game.clip(id))
          + "'");
    }
    return g;
  }

  /** The participant holding {@code token} in {@code game}; refused (403) otherwise. */
  public Participant participant(Game game, String token) {
    Participant p = game.byToken(token);
    if (p == null) {
      throw GameException.forbidden("this token does not belong to a player of game "
          + game.id());
    }
    return p;
  }

  // ---- teacher ------------------------------------------------------------------------------

  public Game create(GameSetup setup, GameOptions options) {
    GameScenario scenario = reader.read(setup.scenarioFile(), setup.scenarioText());
    setup.checkFits(scenario);
    synchronized (games) {
      String id;
      do {
        id = Tokens.newCode();
      } while (games.containsKey(id) || store.exists(id));
      Game g = GameRecords.create(id, setup, scenario, options, store, now.getAsLong());
      games.put(id, g);
      changed(g);
      return g;
    }
  }

  /** Gives a seat to a participant (null: a bot); see {@link Lobby#assign} for confirm. */
  public void assign(Game g, Actor actor, String participantId, boolean confirm) {
    g.change(() -> g.lobby().assign(actor, participantId, confirm));
    changed(g);
  }

  public void rename(Game g, String participantId, String name) {
    g.change(() -> g.lobby().rename(participantId, name));
    changed(g);
  }

  public void remove(Game g, String participantId) {
    g.change(() -> g.lobby().remove(participantId));
    changed(g);
  }

  /** A fresh rejoin code for a participant (the teacher reads it to the student). */
  public String newRejoinCode(Game g, String participantId) {
    String code = Tokens.newRejoinCode();
    g.change(() -> g.lobby().newRejoinCode(participantId, Tokens.rejoinHash(g.id(), code)));
    changed(g);
    return code;
  }

  public void lock(Game g, boolean locked) {
    g.change(() -> g.lobby().lock(locked));
    changed(g);
  }

  public void start(Game g) {
    g.change(() -> g.lifecycle().start(now.getAsLong()));
    changed(g);
  }

  public void pause(Game g) {
    g.change(() -> g.lifecycle().pause(now.getAsLong()));
    changed(g);
  }

  public void resume(Game g) {
    g.change(() -> g.lifecycle().resume(now.getAsLong()));
    changed(g);
  }

  public void end(Game g) {
    g.change(() -> g.lifecycle().end());
    changed(g);
  }

  public void setTurnSeconds(Game g, int seconds) {
    g.change(() -> g.lifecycle().setTurnSeconds(seconds, now.getAsLong()));
    changed(g);
  }

  public void inject(Game g, InjectEvent event) {
    g.change(() -> g.turns().inject(event, now.getAsLong()));
    changed(g);
  }

  public void advance(Game g) {
    g.change(() -> g.turns().advance(now.getAsLong()));
    changed(g);
  }

  // ---- students -----------------------------------------------------------------------------

  /** Joins game {@code code}: a new participant with a token and a rejoin code. */
  public Joined join(String code, String name, Actor wanted) {
    Game g = get(code);
    String token = Tokens.newToken();
    String rejoin = Tokens.newRejoinCode();
    Participant p = g.change(() -> g.lobby().join(name, wanted, Tokens.hash(token),
        Tokens.rejoinHash(g.id(), rejoin), now.getAsLong(), maxParticipants));
    changed(g);
    return new Joined(g, p, token, rejoin);
  }

  /**
   * Back to one's seat with a rejoin code: the same participant, seat and pending decision,
   * with a new token (the old one stops working, so a lost device loses its access).
   */
  public Joined rejoin(String code, String rejoinCode) {
    Game g = get(code);
    if (rejoinCode == null || rejoinCode.isBlank()) {
      throw GameException.badRequest("a rejoin code is required");
    }
    String token = Tokens.newToken();
    Participant p = g.change(() -> g.lobby().rejoin(Tokens.rejoinHash(g.id(), rejoinCode),
        Tokens.hash(token)));
    changed(g);
    return new Joined(g, p, token, null);
  }

  public void pick(Game g, Participant p, Actor wanted) {
    g.change(() -> g.lobby().pick(p, wanted));
    changed(g);
  }

  /** Stores the decision (committed) and returns it; may close the turn if all decided. */
  public PendingDecision submit(Game g, Participant p, Actor claimed, String action,
      Integer claimedTurn) {
    PendingDecision d = g.decide(() -> g.turns().submit(p, claimed, action, claimedTurn,
        now.getAsLong()));
    if (g.autoAdvance()) {
      g.change(() -> {
        if (g.lifecycle().status() == GameStatus.RUNNING && g.turns().everyoneDecided()) {
          g.turns().advance(now.getAsLong());
        }
      });
    }
    changed(g);
    return d;
  }

  // ---- plumbing -----------------------------------------------------------------------------

  private void deadlinePassed(String gameId, int turn) {
    Game g = games.get(gameId);
    if (g == null) {
      return;
    }
    long t = now.getAsLong();
    boolean advanced = g.change(() -> {
      Long deadline = g.lifecycle().deadlineAt();
      if (g.lifecycle().status() == GameStatus.RUNNING && g.run().turnsPlayed() == turn
          && deadline != null && t >= deadline) {
        g.turns().advance(t);
        return true;
      }
      return false;
    });
    if (advanced) {
      changed(g);
    }
  }

  private void changed(Game g) {
    g.read(x -> {
      clock.set(x.id(), x.turn(), x.status() == GameStatus.RUNNING ? x.deadlineAt() : null);
      return null;
    });
    for (Consumer<Game> l : listeners) {
      l.accept(g);
    }
  }

  @Override
  public void close() {
    clock.close();
  }
}
