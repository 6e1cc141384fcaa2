package org.peninsula.game.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.peninsula.game.GameRun;
import org.peninsula.game.GameScenario;
import org.peninsula.game.GameSetup;
import org.peninsula.game.store.GameStore;
import org.peninsula.model.Actor;
import org.peninsula.model.InjectEvent;

/**
 * One classroom game in memory. Its parts, each in its own file:
 * <ul>
 *   <li>{@link Lobby}: who joined, under which name, who holds which seat, tokens and rejoin
 *       codes, and whether the lobby is locked;</li>
 *   <li>{@link Lifecycle}: status (lobby, running, paused, finished) and the turn's clock;</li>
 *   <li>{@link TurnBook}: the open turn's decisions and injects, and closing the turn;</li>
 *   <li>{@link GameRecords}: creating a game in the store and rebuilding it from there.</li>
 * </ul>
 * Every change is written to the {@link GameStore} (committed) before it is applied here and
 * before the caller can acknowledge it. One lock ({@link GameLock}) guards all parts: this class
 * takes it, the parts assume it is held. After any change the game's {@link #version()} moves.
 */
public final class Game {

  /** The built-in injects a teacher can always use. */
  public static final List<InjectEvent> BUILT_IN_INJECTS = List.of(InjectEvent.ICBM_TEST,
      InjectEvent.BORDER_CLASH, InjectEvent.ROK_ELECTION, InjectEvent.RUSSIA_DPRK_SUMMIT,
      InjectEvent.UN_VOTE);

  private final String id;
  private final long createdAt;
  private final GameSetup setup;
  private final GameScenario scenario;
  private final GameRun run;
  private final GameStore store;
  private final boolean autoAdvance;
  private final GameLock lock = new GameLock();
  private final AtomicLong version = new AtomicLong();
  private final Lobby lobby;
  private final Lifecycle lifecycle;
  private final TurnBook turns;

  Game(String id, long createdAt, GameSetup setup, GameScenario scenario, GameOptions options,
      GameStatus status, boolean locked, Long deadlineAt, Long remainingMs, GameStore store) {
    this.id = id;
    this.createdAt = createdAt;
    this.setup = setup;
    this.scenario = scenario;
    this.store = store;
    this.autoAdvance = options.autoAdvance();
    this.run = GameRun.of(scenario, setup);
    this.lobby = new Lobby(this, options.allowPick(), locked);
    this.lifecycle = new Lifecycle(this, status, options.turnSeconds(), deadlineAt,
        remainingMs);
    this.turns = new TurnBook(this);
  }

  // ---- the parts (package-private; call under the lock) -----------------------------------

  GameStore store() {
    return store;
  }

  Lobby lobby() {
    return lobby;
  }

  Lifecycle lifecycle() {
    return lifecycle;
  }

  TurnBook turns() {
    return turns;
  }

  /** Runs a change under the write lock and moves the version. */
  <T> T change(java.util.function.Supplier<T> body) {
    return lock.write(() -> {
      T out = body.get();
      version.incrementAndGet();
      return out;
    });
  }

  void change(Runnable body) {
    change(() -> {
      body.run();
      return null;
    });
  }

  /** Runs a decision under the shared side of the lock (see {@link GameLock}). */
  PendingDecision decide(java.util.function.Supplier<PendingDecision> body) {
    return lock.read(() -> {
      PendingDecision d = body.get();
      version.incrementAndGet();
      return d;
    });
  }

  // ---- reading ------------------------------------------------------------------------------

  /** Runs {@code reader} under the game's lock, so it sees one consistent state. */
  public <T> T read(Function<Game, T> reader) {
    return lock.read(() -> reader.apply(this));
  }

  public String id() {
    return id;
  }

  /** The join code students type (the game's id). */
  public String code() {
    return id;
  }

  public long createdAt() {
    return createdAt;
  }

  public GameSetup setup() {
    return setup;
  }

  public GameScenario scenario() {
    return scenario;
  }

  /** The simulation; read it under {@link #read}, copy it to run continuations. */
  public GameRun run() {
    return run;
  }

  public GameStatus status() {
    return lock.read(lifecycle::status);
  }

  /** The open turn, 0-based (equals the number of turns closed). */
  public int turn() {
    return lock.read(run::turnsPlayed);
  }

  public boolean allowPick() {
    return lobby.allowPick();
  }

  public boolean autoAdvance() {
    return autoAdvance;
  }

  /** True when the lobby takes no new players (set at start; the teacher may reopen it). */
  public boolean locked() {
    return lock.read(lobby::locked);
  }

  public int turnSeconds() {
    return lock.read(lifecycle::turnSeconds);
  }

  public Long deadlineAt() {
    return lock.read(lifecycle::deadlineAt);
  }

  public Long remainingMs() {
    return lock.read(lifecycle::remainingMs);
  }

  /** Increases with every change; screens refresh when it moves. */
  public long version() {
    return version.get();
  }

  public List<Participant> participants() {
    return lock.read(lobby::participants);
  }

  public Participant seatHolder(Actor a) {
    return lock.read(() -> lobby.seatHolder(a));
  }

  /** The open turn's acknowledged decisions, by seat. */
  public Map<Actor, PendingDecision> pending() {
    return turns.pending();
  }

  public List<InjectEvent> pendingInjects() {
    return lock.read(turns::injects);
  }

  /** Seats held by people that have not decided for the open turn. */
  public List<Actor> undecided() {
    return lock.read(turns::undecided);
  }

  /** The moves the bots will play in the open turn's first month if nothing changes. */
  public List<BotMove> botMoves() {
    return lock.read(turns::botMoves);
  }

  /** Injects the teacher may use: the built-in ones, then any the scenario scripts. */
  public List<InjectEvent> injectMenu() {
    List<InjectEvent> menu = new ArrayList<>(BUILT_IN_INJECTS);
    for (InjectEvent e : scenario.injectMenu()) {
      if (!menu.contains(e)) {
        menu.add(e);
      }
    }
    return menu;
  }

  /** The participant holding this token, or null (no lock: the map is concurrent). */
  Participant byToken(String token) {
    return lobby.byToken(token);
  }

  static String clip(String s) {
    String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return t.replaceAll("\\p{Cntrl}", "?");
  }
}
