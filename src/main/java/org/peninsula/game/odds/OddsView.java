package org.peninsula.game.odds;

import java.util.List;

/**
 * The odds of each future from the start of a turn, as the pages show them (turn counts from
 * 1). Partial while the continuations are still running ({@code complete} false).
 *
 * @param basis "scenario" before the first turn (the scenario's own ensemble), "game" after
 *     (continuations of the class's game from where it stands)
 * @param headline e.g. "war risk 3.1% → 5.4% after the DPRK's ICBM test"; null before the
 *     first turn
 * @param event the last turn's most salient event, or null
 */
public record OddsView(int turn, String basis, long runsDone, long runsTotal, boolean complete,
    long masterSeed, String headline, String event, List<FutureOdds> futures) {

  /** One future's probability with its 95% Wilson interval and the last turn's figure. */
  public record FutureOdds(String future, String label, double probability, double low,
      double high, Double previous) {}
}
