package org.peninsula.model;

import java.io.Serializable;

/**
 * Who decides for a country: the model's own logit rule (a bot), a player, or a scripted policy.
 * Seats are swapped freely between months, so a game can hand a country to a student and back.
 */
public interface Seat extends Serializable {

  /**
   * Picks the index of the action to play, given the utilities the model computed. A player's
   * seat ignores them; the bot uses them.
   */
  int choose(CountryAgent agent, Peninsula sim, double[] utilities, int n);

  /**
   * Whether this seat will use its random number this month. The decisions phase draws one
   * number for each country whose seat uses it, in the fixed order of {@link Actor}, before any
   * country decides (see {@link Peninsula}); a seat that never draws keeps the stream as it was.
   */
  default boolean drawsThisMonth(Peninsula sim) {
    return true;
  }

  /** Short label for traces: "bot", "player", "policy". */
  String label();
}
