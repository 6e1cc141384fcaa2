package org.peninsula.game.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.peninsula.game.GameException;
import org.peninsula.game.GameRun;
import org.peninsula.game.GameScenario;
import org.peninsula.game.GameSetup;
import org.peninsula.game.TurnRecord;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.InjectEvent;
import org.peninsula.game.store.GameRow;
import org.peninsula.game.store.GameStore;
import org.peninsula.game.store.InjectRow;
import org.peninsula.game.store.MoveRow;
import org.peninsula.game.store.ParticipantRow;
import org.peninsula.game.store.StoredGame;
import org.peninsula.game.store.SubmissionRow;

/**
 * One classroom game in memory: who sits where, the open turn's decisions and injects, the clock
 * and the simulation. Every change is written to the {@link GameStore} (committed) before it is
 * applied here and before the caller can acknowledge it. Changes to seats, status, clock and
 * turns hold the game's write lock and happen one at a time; decisions share the lock with each
 * other (they touch only their own seat, latest stored wins); games run side by side.
 */
public final class Game {

  /** The built-in injects a teacher can always use. */
  public static final List<InjectEvent> BUILT_IN_INJECTS = List.of(InjectEvent.ICBM_TEST,
      InjectEvent.BORDER_CLASH, InjectEvent.ROK_ELECTION, InjectEvent.RUSSIA_DPRK_SUMMIT,
      InjectEvent.UN_VOTE);

  static final int MAX_NAME = 40;

  private final String id;
  private final long createdAt;
  private final GameSetup setup;
  private final GameScenario scenario;
  private final GameRun run;
  private final GameStore store;
  private final boolean allowPick;
  private final boolean autoAdvance;
  private int turnSeconds;
  private GameStatus status;
  private Long deadlineAt;
  private Long remainingMs;
  private final Map<String, Participant> participants = new LinkedHashMap<>();
  private final Map<String, Participant> byTokenHash = new ConcurrentHashMap<>();
  private final Map<Actor, Participant> seats = new EnumMap<>(Actor.class);
  private final Map<Actor, PendingDecision> pending = new ConcurrentHashMap<>();
  private final List<InjectEvent> injects = new ArrayList<>();
  private final AtomicLong version = new AtomicLong();
  /** Writers (seats, clock, turns) exclude everyone; decisions share it (see submit). */
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

  private Game(String id, long createdAt, GameSetup setup, GameScenario scenario,
      GameOptions options, GameStatus status, GameStore store) {
    this.id = id;
    this.createdAt = createdAt;
    this.setup = setup;
    this.scenario = scenario;
    this.store = store;
    this.allowPick = options.allowPick();
    this.autoAdvance = options.autoAdvance();
    this.turnSeconds = options.turnSeconds();
    this.status = status;
    this.run = GameRun.of(scenario, setup);
  }

  /** A new game, stored before it is returned. */
  static Game create(String id, GameSetup setup, GameScenario scenario, GameOptions options,
      GameStore store, long now) {
    Game g = new Game(id, now, setup, scenario, options, GameStatus.LOBBY, store);
    store.insertGame(new GameRow(id, now, setup.scenarioFile(), setup.scenarioText(),
        setup.seed(), setup.turnMonths(), setup.turns(), options.allowPick(),
        options.autoAdvance(), options.turnSeconds(), GameStatus.LOBBY.name(), 0, null, null));
    return g;
  }

  /** A stored game brought back: the simulation is rebuilt by replaying its closed turns. */
  static Game restore(StoredGame s, GameScenario scenario, GameStore store) {
    GameRow r = s.game();
    GameSetup setup = new GameSetup(r.scenarioFile(), r.scenarioText(), r.seed(),
        r.turnMonths(), r.turns());
    Game g = new Game(r.id(), r.createdAt(), setup, scenario,
        new GameOptions(r.allowPick(), r.autoAdvance(), r.turnSeconds()),
        GameStatus.valueOf(r.status()), store);
    g.deadlineAt = r.deadlineAt();
    g.remainingMs = r.remainingMs();
    for (ParticipantRow p : s.participants()) {
      Actor a = p.actor() == null ? null : Actor.valueOf(p.actor());
      Participant part = new Participant(p.id(), p.name(), p.tokenHash(), p.joinedAt(), a);
      g.participants.put(part.id(), part);
      g.byTokenHash.put(part.tokenHash(), part);
      if (a != null) {
        g.seats.put(a, part);
      }
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
      g.run.play(new TurnRecord(turn, moves, in));
    }
    if (g.run.turnsPlayed() != r.turn()) {
      throw new IllegalStateException("game " + r.id() + ": stored turn " + r.turn()
          + " but " + g.run.turnsPlayed() + " closed turns");
    }
    s.injects().stream().filter(i -> i.turn() == r.turn())
        .forEach(i -> g.injects.add(InjectEvent.valueOf(i.event())));
    for (SubmissionRow sub : s.submissions()) {
      Actor a = Actor.valueOf(sub.actor());
      Participant holder = g.seats.get(a);
      if (sub.turn() == r.turn() && holder != null && holder.id().equals(sub.participantId())) {
        g.pending.put(a, new PendingDecision(sub.participantId(), Action.byName(a, sub.action()),
            sub.turn(), sub.at(), sub.seq()));
      }
    }
    if (g.run.finished() && g.status != GameStatus.FINISHED) {
      g.status = GameStatus.FINISHED;
      store.updateState(g.id, g.status.name(), null, null);
    }
    return g;
  }

  // ---- reading ------------------------------------------------------------------------------

  /** Runs {@code reader} under the game's lock, so it sees one consistent state. */
  public <T> T read(Function<Game, T> reader) {
    lock.readLock().lock();
    try {
      return reader.apply(this);
  
    } finally {
      lock.readLock().unlock();
    }
  }

  public String id() {
    return id;
  }

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
    lock.readLock().lock();
    try {
      return status;
  
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The open turn, 0-based (equals the number of turns closed). */
  public int turn() {
    lock.readLock().lock();
    try {
      return run.turnsPlayed();
  
    } finally {
      lock.readLock().unlock();
    }
  }

  public boolean allowPick() {
    return allowPick;
  }

  public boolean autoAdvance() {
    return autoAdvance;
  }

  public int turnSeconds() {
    lock.readLock().lock();
    try {
      return turnSeconds;
  
    } finally {
      lock.readLock().unlock();
    }
  }

  public Long deadlineAt() {
    lock.readLock().lock();
    try {
      return deadlineAt;
  
    } finally {
      lock.readLock().unlock();
    }
  }

  public Long remainingMs() {
    lock.readLock().lock();
    try {
      return remainingMs;
  
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Increases with every change; screens refresh when it moves. */
  public long version() {
    return version.get();
  }

  public List<Participant> participants() {
    lock.readLock().lock();
    try {
      return List.copyOf(participants.values());
  
    } finally {
      lock.readLock().unlock();
    }
  }

  public Participant seatHolder(Actor a) {
    lock.readLock().lock();
    try {
      return seats.get(a);
  
    } finally {
      lock.readLock().unlock();
    }
  }

  public Map<Actor, PendingDecision> pending() {
    Map<Actor, PendingDecision> copy = new EnumMap<>(Actor.class);
    copy.putAll(pending);
    return Collections.unmodifiableMap(copy);
  }

  public List<InjectEvent> pendingInjects() {
    lock.readLock().lock();
    try {
      return List.copyOf(injects);
  
    } finally {
      lock.readLock().unlock();
    }
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
    return token == null || token.length() > 64 ? null : byTokenHash.get(Tokens.hash(token));
  }

  /** Seats held by people that have not decided for the open turn. */
  public List<Actor> undecided() {
    lock.readLock().lock();
    try {
      List<Actor> out = new ArrayList<>();
      for (Actor a : seats.keySet()) {
        if (!pending.containsKey(a)) {
          out.add(a);
        }
      }
      return out;
  
    } finally {
      lock.readLock().unlock();
    }
  }

  // ---- students -----------------------------------------------------------------------------

  Participant join(String rawName, Actor wanted, String tokenHash, long now) {
    lock.writeLock().lock();
    try {
      if (status == GameStatus.FINISHED) {
        throw GameException.conflict("this game is over; it takes no more players");
      }
      String name = cleanName(rawName);
      for (Participant p : participants.values()) {
        if (p.name().equalsIgnoreCase(name)) {
          throw GameException.conflict("the name '" + name + "' is taken in this game;"
              + " choose another");
        }
      }
      if (wanted != null) {
        checkPick(wanted);
      }
      Participant p = new Participant(Tokens.newId(), name, tokenHash, now, wanted);
      store.insertParticipant(new ParticipantRow(p.id(), id, name, tokenHash,
          wanted == null ? null : wanted.name(), now));
      participants.put(p.id(), p);
      byTokenHash.put(tokenHash, p);
      if (wanted != null) {
        seats.put(wanted, p);
      }
      version.incrementAndGet();
      return p;
  
    } finally {
      lock.writeLock().unlock();
    }
  }

  void pick(Participant p, Actor wanted) {
    lock.writeLock().lock();
    try {
      if (status == GameStatus.FINISHED) {
        throw GameException.conflict("this game is over");
      }
      if (p.actor() != null) {
        throw GameException.conflict("you already play " + p.actor().displayName()
            + "; ask the teacher to move you");
      }
      checkPick(wanted);
      store.assignSeat(id, wanted.name(), p.id());
      seat(p, wanted);
      version.incrementAndGet();
  
    } finally {
      lock.writeLock().unlock();
    }
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

  /**
   * Stores a decision. Decisions of one game are stored side by side (they share the read
   * side of the lock, so they share commits); whatever changes seats, status or turn waits for
   * them, so a decision acknowledged for a turn is one that turn plays.
   */
  PendingDecision submit(Participant p, Actor claimed, String actionName,
      Integer claimedTurn, long now) {
    lock.readLock().lock();
    try {
      switch (status) {
        case LOBBY -> throw GameException.conflict("the game has not started yet");
        case PAUSED -> throw GameException.conflict("the game is paused");
        case FINISHED -> throw GameException.conflict("the game is over");
        default -> { }
      }
      Actor actor = p.actor();
      if (actor == null) {
        throw GameException.forbidden("you do not play a country in this game");
      }
      if (claimed != null && claimed != actor) {
        throw GameException.forbidden("you play " + actor.name() + ", not " + claimed.name());
      }
      int turn = run.turnsPlayed();
      if (claimedTurn != null && claimedTurn != turn + 1) {
        throw GameException.conflict("turn " + claimedTurn + " is not open; the open turn is "
            + (turn + 1));
      }
      Action action = parseAction(actor, actionName);
      long seq = store.insertSubmission(new SubmissionRow(0, id, turn, actor.name(), p.id(),
          action.name(), now));
      PendingDecision d = new PendingDecision(p.id(), action, turn, now, seq);
      pending.merge(actor, d, (old, mine) -> mine.seq() > old.seq() ? mine : old);
      version.incrementAndGet();
      return d;
    } finally {
      lock.readLock().unlock();
    }
  }

  static Action parseAction(Actor actor, String name) {
    if (name == null || name.isBlank()) {
      throw GameException.badRequest("an action is required");
    }
    Action a = Action.byName(actor, name.trim().toUpperCase(Locale.ROOT));
    if (a == null) {
      List<String> names = Action.repertoire(actor).stream().map(Action::name).toList();
      throw GameException.badRequest("'" + clip(name) + "' is not a move of "
          + actor.displayName() + "; its moves are " + String.join(", ", names));
    }
    return a;
  }

  /** True when every seat a person holds has decided (and at least one is held). */
  boolean everyoneDecided() {
    lock.readLock().lock();
    try {
      return !seats.isEmpty() && undecided().isEmpty();
  
    } finally {
      lock.readLock().unlock();
    }
  }

  // ---- teacher ------------------------------------------------------------------------------

  void assign(Actor actor, String participantId) {
    lock.writeLock().lock();
    try {
      if (status == GameStatus.FINISHED) {
        throw GameException.conflict("the game is over");
      }
      Participant p = null;
      if (participantId != null) {
        p = participants.get(participantId);
        if (p == null) {
          throw GameException.notFound("no participant " + clip(participantId)
              + " in this game");
        }
      }
      Participant old = seats.get(actor);
      if (old == p) {
        return;
      }
      store.assignSeat(id, actor.name(), p == null ? null : p.id());
      if (old != null) {
        old.seat(null);
        seats.remove(actor);
        pending.remove(actor);
      }
      if (p != null) {
        seat(p, actor);
      }
      version.incrementAndGet();
  
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void seat(Participant p, Actor actor) {
    if (p.actor() != null) {
      seats.remove(p.actor());
      pending.remove(p.actor());
    }
    p.seat(actor);
    seats.put(actor, p);
    pending.remove(actor);
  }

  void start(long now) {
    lock.writeLock().lock();
    try {
      if (status != GameStatus.LOBBY) {
        throw GameException.conflict("the game has already started");
      }
      changeState(GameStatus.RUNNING, turnSeconds > 0 ? now + turnSeconds * 1000L : null, null);
  
    } finally {
      lock.writeLock().unlock();
    }
  }

  void pause(long now) {
    lock.writeLock().lock();
    try {
      if (status != GameStatus.RUNNING) {
        throw GameException.conflict("only a running game can be paused (it is "
            + status.name().toLowerCase(Locale.ROOT) + ")");
      }
      Long left = deadlineAt == null ? null : Math.max(0, deadlineAt - now);
      changeState(GameStatus.PAUSED, null, left);
  
    } finally {
      lock.writeLock().unlock();
    }
  }

  void resume(long now) {
    lock.writeLock().lock();
    try {
      if (status != GameStatus.PAUSED) {
        throw GameException.conflict("only a paused game can be resumed");
      }
      changeState(GameStatus.RUNNING, remainingMs == null ? null : now + remainingMs, null);
  
    } finally {
      lock.writeLock().unlock();
    }
  }

  void end() {
    lock.writeLock().lock();
    try {
      if (status == GameStatus.FINISHED) {
        throw GameException.conflict("the game is already over");
      }
      changeState(GameStatus.FINISHED, null, null);
  
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void changeState(GameStatus next, Long deadline, Long remaining) {
    store.updateState(id, next.name(), deadline, remaining);
    status = next;
    deadlineAt = deadline;
    remainingMs = remaining;
    version.incrementAndGet();
  }

  void setTurnSeconds(int seconds, long now) {
    lock.writeLock().lock();
    try {
      GameOptions.checkTurnSeconds(seconds);
      if (status == GameStatus.FINISHED) {
        throw GameException.conflict("the game is over");
      }
      store.updateTurnSeconds(id, seconds);
      turnSeconds = seconds;
      Long ms = seconds > 0 ? seconds * 1000L : null;
      if (status == GameStatus.RUNNING) {
        changeState(status, ms == null ? null : now + ms, null);
      } else if (status == GameStatus.PAUSED) {
        changeState(status, null, ms);
      } else {
        version.incrementAndGet();
      }
  
    } finally {
      lock.writeLock().unlock();
    }
  }

  void inject(InjectEvent event, long now) {
    lock.writeLock().lock();
    try {
      if (status == GameStatus.FINISHED) {
        throw GameException.conflict("the game is over");
      }
      if (!injectMenu().contains(event)) {
        throw GameException.badRequest(event.name() + " is not on this game's list of injects");
      }
      if (injects.contains(event)) {
        throw GameException.conflict(event.name() + " is already injected for this turn");
      }
      store.insertInject(new InjectRow(0, id, run.turnsPlayed(), event.name(), now));
      injects.add(event);
      version.incrementAndGet();
  
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Closes the open turn: every seat a person holds plays its latest decision (or holds), the
   * bots decide, the month or months are played. Stored before it is played.
   */
  void advance(long now) {
    lock.writeLock().lock();
    try {
      if (status != GameStatus.RUNNING) {
        throw GameException.conflict(status == GameStatus.LOBBY ? "start the game first"
            : status == GameStatus.PAUSED ? "the game is paused; resume it first"
                : "the game is over");
      }
      int turn = run.turnsPlayed();
      Map<Actor, TurnRecord.PlayerMove> moves = new EnumMap<>(Actor.class);
      List<MoveRow> rows = new ArrayList<>();
      for (Map.Entry<Actor, Participant> e : seats.entrySet()) {
        Actor a = e.getKey();
        PendingDecision d = pending.get(a);
        Action action = d != null ? d.action() : Action.byName(a, "HOLD");
        moves.put(a, new TurnRecord.PlayerMove(action, e.getValue().name()));
        rows.add(new MoveRow(id, turn, a.name(), action.name(), e.getValue().name()));
      }
      boolean last = turn + 1 >= setup.turns();
      GameStatus next = last ? GameStatus.FINISHED : GameStatus.RUNNING;
      Long deadline = !last && turnSeconds > 0 ? now + turnSeconds * 1000L : null;
      store.closeTurn(id, turn, rows, now, next.name(), deadline);
      run.play(new TurnRecord(turn, moves, injects));
      pending.clear();
      injects.clear();
      status = next;
      deadlineAt = deadline;
      remainingMs = null;
      if (run.finished() && status != GameStatus.FINISHED) {
        changeState(GameStatus.FINISHED, null, null);
      }
      version.incrementAndGet();
  
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Closes the turn if the game is running and every seat a person holds has decided. */
  boolean advanceIfAllDecided(long now) {
    lock.writeLock().lock();
    try {
      if (status == GameStatus.RUNNING && everyoneDecided()) {
        advance(now);
        return true;
      }
      return false;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Advances if the turn {@code turn} is still open, running, and its deadline has passed. */
  boolean advanceIfDue(int turn, long now) {
    lock.writeLock().lock();
    try {
      if (status == GameStatus.RUNNING && run.turnsPlayed() == turn && deadlineAt != null
          && now >= deadlineAt) {
        advance(now);
        return true;
      }
      return false;
  
    } finally {
      lock.writeLock().unlock();
    }
  }

  // ---- names --------------------------------------------------------------------------------

  static String cleanName(String raw) {
    if (raw == null) {
      throw GameException.badRequest("a name is required");
    }
    String name = raw.strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      throw GameException.badRequest("a name is required");
    }
    if (name.codePoints().anyMatch(c -> Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT)) {
      throw GameException.badRequest("a name cannot contain control characters");
    }
    if (name.codePointCount(0, name.length()) > MAX_NAME) {
      throw GameException.badRequest("a name has at most " + MAX_NAME + " characters");
    }
    return name;
  }

  static String clip(String s) {
    String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return t.replaceAll("\\p{Cntrl}", "?");
  }
}
