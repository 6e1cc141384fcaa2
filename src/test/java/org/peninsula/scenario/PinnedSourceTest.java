package org.peninsula.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peninsula.model.Actor;
import org.peninsula.model.StanceParameter;
import org.peninsula.model.WorldVariable;

class PinnedSourceTest {

  @Test
  void pinsOverTheScenariosDrawsAndKeepsTheOtherDraws() throws Exception {
    Scenario s = Scenario.load(Path.of("scenarios/baseline-2021.yaml"));
    assertTrue(s.uncertainPaths().contains("actors.USA.pressure"));
    PinnedSource p = PinnedSource.of(s, List.of("actors.USA.pressure",
        "world.sanctionsStringency"), new double[] {0.31, 0.55});
    ScenarioDraw plain = s.draw(99);
    ScenarioDraw pinned = p.draw(99);
    assertEquals(0.31, pinned.parameters().stance(Actor.USA, StanceParameter.PRESSURE));
    assertEquals(0.55, pinned.parameters().world(WorldVariable.SANCTIONS_STRINGENCY));
    assertEquals(0.31, pinned.drawn().get("actors.USA.pressure"));
    assertNotEquals(0.31, plain.drawn().get("actors.USA.pressure"));
    for (String path : s.uncertainPaths()) {
      if (!path.equals("actors.USA.pressure")) {
        assertEquals(plain.drawn().get(path), pinned.drawn().get(path), path);
      }
    }
    assertEquals(s.uncertainPaths(), p.uncertainPaths());
  }

  @Test
  void refusesUnknownPathsAndValuesOutOfRange() throws Exception {
    Scenario s = Scenario.load(Path.of("scenarios/baseline-2021.yaml"));
    assertThrows(IllegalArgumentException.class,
        () -> PinnedSource.of(s, List.of("actors.XYZ.pressure"), new double[] {0.5}));
    assertThrows(IllegalArgumentException.class,
        () -> PinnedSource.of(s, List.of("world.sanctionsStringency"), new double[] {1.5}));
  }
}
