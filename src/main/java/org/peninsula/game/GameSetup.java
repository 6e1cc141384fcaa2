package org.peninsula.game;

import java.util.Locale;
import java.util.Set;

/**
 * What fixes a game's history together with its decisions: the scenario (file name and full
 * text), the seed, the length of a turn in months and the number of turns.
 */
public record GameSetup(String scenarioFile, String scenarioText, long seed, int turnMonths,
    int turns) {

  /**
   * Longest game, in months (100 years): no scenario covers more, and it keeps
   * {@code turnMonths * turns} far from int overflow once checked in long arithmetic.
   */
  public static final int MAX_MONTHS = 1200;

  /** Turn lengths a teacher may choose. */
  public static final Set<Integer> TURN_LENGTHS = Set.of(1, 3, 6);

  public GameSetup {
    if (scenarioFile == null || scenarioFile.isBlank()) {
      throw GameException.badRequest("a scenario is required");
    }
    if (scenarioText == null) {
      scenarioText = "";
    }
    if (!TURN_LENGTHS.contains(turnMonths)) {
      throw GameException.badRequest("turn length must be 1, 3 or 6 months, not " + turnMonths);
    }
    if (turns < 1) {
      throw GameException.badRequest("a game needs at least one turn, not " + turns);
    }
    // In long: 1431655766 turns of 3 months would wrap an int to 2 months.
    long months = (long) turnMonths * turns;
    if (months > MAX_MONTHS) {
      throw GameException.badRequest(String.format(java.util.Locale.ROOT,
          "%d turns of %d months is %d months; a game covers at most %d months (%d turns of"
              + " %d months)", turns, turnMonths, months, MAX_MONTHS, MAX_MONTHS / turnMonths,
          turnMonths));
    }
  }

  /** Months the game covers. */
  public int months() {
    return turnMonths * turns;
  }

  /** Checks that the game fits in the scenario's horizon. */
  public void checkFits(GameScenario scenario) {
    if (months() > scenario.horizonMonths()) {
      throw GameException.badRequest(String.format(Locale.ROOT,
          "%d turns of %d months is %d months; the scenario '%s' covers %d months"
              + " (at most %d turns of %d months)", turns, turnMonths, months(), scenario.name(),
          scenario.horizonMonths(), scenario.horizonMonths() / turnMonths, turnMonths));
    }
  }
}
