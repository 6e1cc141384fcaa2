package org.peninsula.game;

import java.util.List;
import java.util.Map;
import org.peninsula.model.Actor;
import org.peninsula.model.InjectEvent;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.StanceParameter;
import org.peninsula.scenario.RunSource;
import org.peninsula.scenario.ScenarioDraw;

/**
 * A scenario as a game needs it: a source of runs (as for any ensemble: a name, a horizon and the
 * parameters of each run's seed) with the scenario's own seed, its injects and what its sources
 * claim. A game is run {@code seed} of its scenario; its live odds and debrief are the other runs.
 */
public interface GameScenario extends RunSource {

  /** The scenario's own seed, used when the teacher gives none. */
  long seed();

  /** The parameters of the run seeded with {@code runSeed} (distributions drawn). */
  ModelParameters parameters(long runSeed);

  /** The run's parameters with what was drawn; a scenario with nothing drawn records nothing. */
  @Override
  default ScenarioDraw draw(long runSeed) {
    return new ScenarioDraw(parameters(runSeed), Map.of());
  }

  @Override
  default List<String> uncertainPaths() {
    return List.of();
  }

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
