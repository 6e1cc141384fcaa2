package org.peninsula.game;

import java.util.List;
import org.peninsula.model.InjectEvent;
import org.peninsula.model.ModelParameters;

/**
 * Turns a stored scenario (its file name and full text) back into a {@link GameScenario}. A game
 * keeps the text, not a path, so it replays even if the file changes or moves.
 */
@FunctionalInterface
public interface ScenarioReader {

  /** Reads the scenario; a bad one throws {@link GameException} with a clear message. */
  GameScenario read(String fileName, String text);

  /**
   * The model's documented defaults, whatever the text: for tests and for a server started
   * without scenario files.
   */
  ScenarioReader MODEL_DEFAULTS = (fileName, text) -> new GameScenario() {
    @Override public String name() {
      return "model defaults";
    }

    @Override public long seed() {
      return 1L;
    }

    @Override public int horizonMonths() {
      return ModelParameters.DEFAULT_HORIZON_MONTHS;
    }

    @Override public ModelParameters parameters(long runSeed) {
      return ModelParameters.defaults();
    }

    @Override public List<InjectEvent> injectMenu() {
      return List.of();
    }
  };
}
