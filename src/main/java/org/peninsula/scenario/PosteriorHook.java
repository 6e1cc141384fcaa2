package org.peninsula.scenario;

import java.io.IOException;
import java.nio.file.Path;

/** Reads a scenario's {@code posterior:} entry; kept apart from the loader on purpose. */
final class PosteriorHook {
  private PosteriorHook() {}

  static PosteriorSample load(ScenarioFile f, String label,
      java.util.function.BiFunction<String, String, ScenarioException> error)
      throws ScenarioException {
    ScenarioFile.PosteriorSpec spec = f.posterior();
    if (spec == null) {
      return null;
    }
    if (spec.file() == null || spec.file().isBlank()) {
      throw error.apply("posterior.file", "names no file");
    }
    Path base = Path.of(label).toAbsolutePath().getParent();
    Path csv = base == null ? Path.of(spec.file()) : base.resolve(spec.file());
    try {
      return PosteriorSample.load(csv, spec.keys());
    } catch (IOException e) {
      throw error.apply("posterior.file", "cannot read " + spec.file() + " ("
          + e.getMessage() + ")");
    } catch (IllegalArgumentException e) {
      throw error.apply("posterior", e.getMessage());
    }
  }
}
