package org.peninsula.cli;

import java.nio.file.Path;
import org.peninsula.scenario.Scenario;
import org.peninsula.scenario.ScenarioException;

/** Loads a scenario for a command, turning a bad file into a clean exit-2 error. */
final class ScenarioArgument {
  static final String DEFAULT = "scenarios/baseline-2021.yaml";

  private ScenarioArgument() {}

  static Scenario load(Path file) {
    try {
      return Scenario.load(file);
    } catch (ScenarioException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** A mistake in the user's input: printed as one line, exit code 2, no stack trace. */
  static final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
      super(message);
    }
  }
}
