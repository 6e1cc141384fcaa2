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

  /** Short label for traces: "bot", "player", "policy". */
  String label();
}
