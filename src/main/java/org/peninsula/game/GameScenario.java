package org.peninsula.game;

import java.util.List;
import org.peninsula.model.InjectEvent;
import org.peninsula.model.ModelParameters;

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
}
