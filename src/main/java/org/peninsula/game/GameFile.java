package org.peninsula.game;

import java.util.List;
import java.util.Map;

/**
 * A game exported as one JSON file: the scenario (full text), the seed, the turn structure,
 * every decision of every seat with its turn and month, the injects, the outcome and the trace
 * as it was played. {@link Replay} rebuilds the game from the scenario, seed, the players'
 * decisions and the injects, and checks it against the recorded trace.
 */
public record GameFile(String format, String id, ScenarioPart scenario, long seed,
    int turnMonths, int turns, int turnsPlayed, boolean ended, List<Decision> decisions,
    List<Inject> injects, OutcomePart outcome, List<String> trace) {

  public static final String FORMAT = "peninsula-game/1";

  /** The scenario the game was played on. */
  public record ScenarioPart(String file, String name, String text) {}

  /**
   * One country's move in one month. {@code turn} counts from 1; {@code seat} is "player",
   * "bot" or "policy"; {@code player} is the student's name for a player's move.
   */
  public record Decision(int turn, String month, String country, String seat, String player,
      String action) {}

  /** An event the teacher injected at the opening of a turn (counted from 1). */
  public record Inject(int turn, String event) {}

  /** The future the game reached and every outcome value (null where undefined). */
  public record OutcomePart(String future, String label, Map<String, Double> values) {}
}
