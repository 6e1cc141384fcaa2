package org.peninsula.game.odds;

import java.util.List;
import java.util.Map;
import org.peninsula.game.GameRun;
import org.peninsula.game.GameScenario;
import org.peninsula.game.GameSetup;
import org.peninsula.scenario.RunSource;
import org.peninsula.scenario.ScenarioDraw;

/**
 * A game's scenario as an ensemble's source: run {@code i} draws the scenario's parameters from
 * its own seed, cut to the game's length. When the game covers the scenario's whole horizon,
 * {@code Ensemble.run} of this source is exactly what {@code ./peninsula run} computes for the
 * scenario with the same master seed and run count.
 */
public record GameSource(GameScenario scenario, GameSetup setup) implements RunSource {

  @Override
  public String name() {
    return scenario.name();
  }

  @Override
  public int horizonMonths() {
    return setup.months();
  }

  @Override
  public List<String> uncertainPaths() {
    return List.of();
  }

  @Override
  public ScenarioDraw draw(long runSeed) {
    return new ScenarioDraw(GameRun.gameParameters(scenario, setup, runSeed), Map.of());
  }
}
