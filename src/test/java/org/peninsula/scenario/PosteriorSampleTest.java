package org.peninsula.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peninsula.model.Mechanism;

class PosteriorSampleTest {

  private static Scenario scenarioWith(Path dir, String csv, String posterior) throws Exception {
    Files.writeString(dir.resolve("post.csv"), csv);
    String base = Files.readString(Path.of("scenarios/history-2016.yaml"));
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, base + "\nposterior: " + posterior + "\n");
    return Scenario.load(file);
  }

  @Test
  void eachRunDrawsOneWholeParticleByWeight(@TempDir Path dir) throws Exception {
    Scenario s = scenarioWith(dir, "mechanisms.rationality,mechanisms.tensionDecay,weight\n"
        + "2.0,0.2,0.9\n8.0,0.8,0.1\n", "{file: post.csv}");
    assertTrue(s.uncertainPaths().contains("mechanisms.rationality"));
    int n = 4000;
    int first = 0;
    for (long seed = 0; seed < n; seed++) {
      ScenarioDraw d = s.draw(seed);
      double r = d.parameters().mechanism(Mechanism.RATIONALITY);
      double t = d.parameters().mechanism(Mechanism.TENSION_DECAY);
      // Both keys come from the same particle: the correlation survives.
      assertTrue((r == 2.0 && t == 0.2) || (r == 8.0 && t == 0.8), r + " " + t);
      assertEquals(r, d.drawn().get("mechanisms.rationality"));
      first += r == 2.0 ? 1 : 0;
      assertEquals(r, s.draw(seed).parameters().mechanism(Mechanism.RATIONALITY));
    }
    // 0.9 within four binomial standard errors.
    assertEquals(0.9, (double) first / n, 4 * Math.sqrt(0.9 * 0.1 / n));
  }

  @Test
  void onlyTheNamedKeysAreTaken(@TempDir Path dir) throws Exception {
    Scenario s = scenarioWith(dir, "mechanisms.rationality,mechanisms.tensionDecay,weight\n"
        + "2.0,0.2,1\n", "{file: post.csv, keys: [mechanisms.tensionDecay]}");
    ScenarioDraw d = s.draw(1);
    assertEquals(0.2, d.parameters().mechanism(Mechanism.TENSION_DECAY));
    assertEquals(s.baseParameters().mechanism(Mechanism.RATIONALITY),
        d.parameters().mechanism(Mechanism.RATIONALITY));
  }

  @Test
  void aBadSampleIsRefusedNamingFileAndLine(@TempDir Path dir) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> scenarioWith(dir,
        "mechanisms.tensionDecay,weight\n0.5,1\n1.5,1\n", "{file: post.csv}"));
    assertTrue(e.getMessage().contains("post.csv:3"), e.getMessage());
    assertTrue(e.getMessage().contains("outside"), e.getMessage());
    ScenarioException missing = assertThrows(ScenarioException.class, () -> scenarioWith(dir,
        "mechanisms.tensionDecay,weight\n0.5,1\n", "{file: post.csv, keys: [nope.x]}"));
    assertTrue(missing.getMessage().contains("nope.x"), missing.getMessage());
  }
}
