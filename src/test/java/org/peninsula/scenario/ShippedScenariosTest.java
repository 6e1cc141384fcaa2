package org.peninsula.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peninsula.model.Peninsula;

/** Every scenario we ship loads, runs, and says where its stances come from. */
class ShippedScenariosTest {
  private static final Set<String> SOURCES = Set.of("rinna-2021", "ramani-2017",
      "russian-perspective-2021", "model-assumption");

  static Stream<Path> scenarios() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(files.size() >= 6, "at least the six scenarios of the brief");
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void runsForAFewMonths(Path file) throws Exception {
    Scenario s = Scenario.load(file);
    ScenarioDraw draw = s.draw(s.seed());
    Peninsula sim = new Peninsula(draw.parameters(), s.seed());
    for (int m = 0; m < 12; m++) {
      sim.stepMonth();
    }
    assertTrue(sim.month() == 12 || sim.world().war());
    assertEquals(s.uncertainPaths().size(), draw.drawn().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyStanceCarriesItsProvenance(Path file) throws Exception {
    Scenario s = Scenario.load(file);
    for (Map.Entry<String, Map<String, ParameterSpec>> actor : s.spec().actors().entrySet()) {
      for (Map.Entry<String, ParameterSpec> stance : actor.getValue().entrySet()) {
        String where = file + ": actors." + actor.getKey() + "." + stance.getKey();
        ParameterSpec p = stance.getValue();
        assertNotNull(p.source(), where + " has no source");
        assertTrue(SOURCES.contains(p.source()), where + ": unknown source " + p.source());
        assertNotNull(p.claim(), where + " has no claim");
        assertFalse(p.claim().isBlank(), where + " has an empty claim");
      }
    }
    for (Map.Entry<String, ParameterSpec> r : s.spec().relations().entrySet()) {
      assertNotNull(r.getValue().source(), file + ": relations." + r.getKey() + " has no source");
    }
  }
}
