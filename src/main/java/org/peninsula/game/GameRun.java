package org.peninsula.game;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.Peninsula;
import org.peninsula.model.PlayerSeat;
import org.peninsula.model.RunOutcome;
import org.peninsula.model.Seat;

/**
 * The simulation behind one game, advanced a turn at a time. It is a plain {@link Peninsula}
 * run of the game's parameters and seed: a seat no person holds keeps the seat the scenario gave
 * it (the model's bot, or a scripted policy), so with five bots a game is exactly the scenario's
 * run. Given the same setup and the same {@link TurnRecord}s it always plays the same history;
 * that is how a game is rebuilt after a restart and how an exported game is replayed.
 */
public final class GameRun {

  private final ModelParameters params;
  private final long seed;
  private final int turnMonths;
  private final Peninsula sim;
  private final Seat[] scenarioSeats = new Seat[Actor.COUNT];
  private final PlayerSeat[] playerSeats = new PlayerSeat[Actor.COUNT];
  private final List<ChronicleEntry> chronicle = new ArrayList<>();
  private final List<TurnRecord> played = new ArrayList<>();
  private int lastTurnStart;

  /** A run of {@code params} (its horizon already the game's length) with {@code seed}. */
  public GameRun(ModelParameters params, long seed, int turnMonths) {
    this.params = params;
    this.seed = seed;
    this.turnMonths = turnMonths;
    this.sim = new Peninsula(params, seed);
    for (Actor a : Actor.values()) {
      scenarioSeats[a.ordinal()] = sim.seat(a);
      playerSeats[a.ordinal()] = new PlayerSeat();
    }
    sim.setChronicle(chronicle::add);
  }

  /** The run of a game: the scenario's parameters for the seed, cut to the game's length. */
  public static GameRun of(GameScenario scenario, GameSetup setup) {
    setup.checkFits(scenario);
    ModelParameters p = gameParameters(scenario, setup);
    return new GameRun(p, setup.seed(), setup.turnMonths());
  }

  /** The parameters a game of {@code setup} runs with. */
  public static ModelParameters gameParameters(GameScenario scenario, GameSetup setup) {
    return gameParameters(scenario, setup, setup.seed());
  }

  /**
   * The parameters of run {@code runSeed} of a game of {@code setup}: the scenario's draw for that
   * seed, cut to the game's length. The game itself is the run seeded with the game's seed; its
   * live odds are the other runs ({@code GameSource}).
   */
  public static ModelParameters gameParameters(GameScenario scenario, GameSetup setup,
      long runSeed) {
    ModelParameters p = scenario.parameters(runSeed);
    if (p.horizonMonths() != setup.months()) {
      p = p.toBuilder().setHorizonMonths(setup.months()).build();
    }
    return p;
  }

  /**
   * Plays the next turn: the teacher's injects open its first month, each listed player's move
   * is played in every month of the turn, every other seat is the scenario's. Returns the
   * chronicle of the turn. A run that ends early (war) stops in the middle of the turn.
   */
  public List<ChronicleEntry> play(TurnRecord turn) {
    if (finished()) {
      throw new IllegalStateException("the game is over");
    }
    if (turn.turn() != played.size()) {
      throw new IllegalArgumentException("expected turn " + played.size() + ", got "
          + turn.turn());
    }
    for (Actor a : Actor.values()) {
      sim.setSeat(a, turn.players().containsKey(a) ? playerSeats[a.ordinal()]
          : scenarioSeats[a.ordinal()]);
    }
    turn.injects().forEach(sim::injectNextMonth);
    lastTurnStart = chronicle.size();
    for (int m = 0; m < turnMonths && !sim.finished(); m++) {
      turn.players().forEach((actor, move) -> playerSeats[actor.ordinal()].submit(move.action()));
      sim.stepMonth();
    }
    for (Actor a : Actor.values()) {
      sim.setSeat(a, scenarioSeats[a.ordinal()]);
    }
    played.add(turn);
    return lastTurn();
  }

  /** Turns played so far; also the index of the turn about to be played. */
  public int turnsPlayed() {
    return played.size();
  }

  public List<TurnRecord> played() {
    return Collections.unmodifiableList(played);
  }

  public boolean finished() {
    return sim.finished();
  }

  public int turnMonths() {
    return turnMonths;
  }

  public long seed() {
    return seed;
  }

  public ModelParameters parameters() {
    return params;
  }

  /** First month (0-based) of turn {@code turn}. */
  public int firstMonthOf(int turn) {
    return turn * turnMonths;
  }

  /** Calendar label of a month, e.g. "2021-03". */
  public String date(int month) {
    return params.calendarLabel(month);
  }

  /** The whole story so far. */
  public List<ChronicleEntry> chronicle() {
    return Collections.unmodifiableList(chronicle);
  }

  /** The story of the last turn played (empty before the first). */
  public List<ChronicleEntry> lastTurn() {
    return Collections.unmodifiableList(chronicle.subList(lastTurnStart, chronicle.size()));
  }

  public RunOutcome outcome() {
    return sim.outcome();
  }

  /**
   * The live simulation, at the start of the turn about to be played, every seat the
   * scenario's (bot or policy). Read it, do not step it: use {@link #copy()} to run
   * continuations.
   */
  public Peninsula simulation() {
    return sim;
  }

  /**
   * An independent copy of the simulation as it stands (generator included, no chronicle),
   * every seat the scenario's: stepping it to the end is a bot continuation of the game.
   */
  public Peninsula copy() {
    return sim.copy();
  }

  /** The full simulation state as it stands; {@link Peninsula#restore} brings it back. */
  public byte[] snapshot() {
    return sim.snapshot();
  }
}
