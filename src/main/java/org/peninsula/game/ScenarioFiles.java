package org.peninsula.game;

/**
 * Reads scenario files (YAML) for games. Waits for the scenario loader
 * ({@code org.peninsula.scenario.Scenario}); until then only the model's defaults can be played.
 */
public final class ScenarioFiles {
  private ScenarioFiles() {}

  /** The reader of scenario file texts. */
  public static final ScenarioReader READER = (fileName, text) -> {
    throw GameException.badRequest(fileName + ": scenario files cannot be read yet (the"
        + " scenario loader is not in this build); use " + ScenarioLibrary.MODEL_DEFAULTS);
  };
}
