package org.peninsula.game;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenarios a teacher can start a game from: the YAML files of a directory (normally
 * {@code scenarios/}), plus the model's defaults under a reserved name. A game stores the
 * chosen file's text, so later edits to the file do not change it.
 */
public final class ScenarioLibrary {

  /** The name under which the model's defaults are offered. */
  public static final String MODEL_DEFAULTS = "(model defaults)";

  private final Path dir;
  private final ScenarioReader files;

  /** Scenario files in {@code dir} (may be null or missing), read with {@code files}. */
  public ScenarioLibrary(Path dir, ScenarioReader files) {
    this.dir = dir;
    this.files = files;
  }

  /** File names, sorted, then the model's defaults. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    if (dir != null && Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        s.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
            .sorted().forEach(out::add);
      } catch (IOException e) {
        // an unreadable directory offers no files; the defaults remain
      }
    }
    out.add(MODEL_DEFAULTS);
    return out;
  }

  /** The text of a scenario offered by {@link #names()}. */
  public String text(String name) {
    if (MODEL_DEFAULTS.equals(name)) {
      return "";
    }
    if (name == null || !names().contains(name)) {
      throw GameException.notFound("no scenario '" + name + "'; choose one of "
          + String.join(", ", names()));
    }
    try {
      // A file with extends: is stored merged, so the game's text stands on its own.
      return org.peninsula.scenario.ScenarioInheritance.selfContainedText(dir.resolve(name));
    } catch (org.peninsula.scenario.ScenarioException e) {
      throw GameException.conflict("cannot read scenario " + name + ": " + e.getMessage());
    }
  }

  /** Reads a stored scenario: the defaults by their name, anything else as a file's text. */
  public ScenarioReader reader() {
    return (fileName, text) -> MODEL_DEFAULTS.equals(fileName)
        ? ScenarioReader.MODEL_DEFAULTS.read(fileName, text) : files.read(fileName, text);
  }
}
