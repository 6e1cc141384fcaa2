package org.peninsula.game;

import java.util.List;
import org.peninsula.model.Actor;
import org.peninsula.model.InjectEvent;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.StanceParameter;

/** A scenario as a game needs it: a name, a horizon, its seeded parameters and its injects. */
public interface GameScenario {

  String name();

  /** The scenario's own seed, used when the teacher gives none. */
  long seed();

  int horizonMonths();

  /** The parameters of the run seeded with {@code runSeed} (distributions drawn). */
  ModelParameters parameters(long runSeed);

  /** Events the scenario itself scripts; the teacher may inject them too. */
  List<InjectEvent> injectMenu();

  /**
   * What the scenario's sources say about a country's stance parameter, paraphrased, with the
   * source's short name ("claim [source]"), or null if the scenario says nothing.
   */
  default String claim(Actor actor, StanceParameter parameter) {
    return null;
  }
}
